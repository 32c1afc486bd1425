/**
 * A package's contents told after it: "… ein Waffenpaket im Wert von 600 Millionen Euro. Es
 * handelt sich unter anderem um das fünfte IRIS-T-System, …", "… a $400 million package. It
 * includes four HIMARS …". The first system named gives the package, said with an amount and no
 * item, its item. A package named again before its contents ("Das skandinavische Paket umfasst
 * Raketen für Patriot-Systeme", "The package includes …") reaches further back: every pledge told
 * in the sentences before it with no item or kind of its own takes that item, unless the contents
 * come with an amount of their own (a part of the package).
 */
import { cues } from '../lexicon/cues.ts';
import { words } from '../lexicon/grammar.ts';
import { systemFiring } from '../lexicon/catalogue.ts';
import type { Candidate } from './candidate.ts';
import { givenItem } from './commitment.ts';
import type { Sentence } from './sentence.ts';

/** How many tokens into the sentence the contents phrase may start ("Zum Paket gehören ihm zufolge …"). */
const OPENING = 4;

export function nameThePackage(
  s: Sentence,
  previous: readonly Candidate[],
  recent: readonly Candidate[],
): void {
  const first = s.items[0];
  if (!first) return;
  const opens = cues.contents[s.lang].matchAll(s.tokens.slice(0, OPENING + 3));
  const cue = opens.find((m) => m.start <= OPENING && m.end <= first.start);
  if (!cue) return;
  const item = givenItem(s, first);
  // "Ce nouveau paquet comprend notamment 92 millions de livres pour …": a share of the package
  // with an amount of its own is a part of it, not what names it.
  const again = s.money.length === 0 && namedAgain(s, cue.start);
  const pledges = again
    ? recent.filter((f) => f.type === 'commitment' && f.item === null && f.category === null)
    : previous.filter((f) => f.type === 'commitment' && f.money !== null && f.item === null).slice(0, 1);
  for (const pkg of pledges) {
    pkg.item = item.id;
    pkg.category = item.category;
  }
}

/**
 * "Das skandinavische Paket", "The package", "Ce nouveau paquet", "Dieses Paket": the tokens before
 * `at` are a definite article or a demonstrative, at most two describing words, and a package noun.
 */
function namedAgain(s: Sentence, at: number): boolean {
  const head = s.tokens.slice(0, at);
  const opener =
    words.article[s.lang].matchAt(head, 0) ??
    words.demonstrative[s.lang].matchAt(head, 0) ??
    cues.anaphora[s.lang].matchAt(head, 0);
  if (!opener) return false;
  return cues.packageNouns[s.lang]
    .matchAll(head)
    .some((m) => m.end === at && m.start >= opener.end && m.start - opener.end <= 2);
}

/**
 * "Trump kündigte an, der Ukraine Patriot-Flugabwehrraketen zur Verfügung zu stellen. Europäische
 * Staaten sollten die Systeme … kaufen": missiles named by their system alone, called "the
 * systems" in the next sentence, were the systems. `before` is the sentence of the pledges.
 */
export function systemsMeant(s: Sentence, before: Sentence | null, previous: readonly Candidate[]): void {
  if (!before) return;
  // Named as the missiles themselves, not as what a system fires ("Raketen für Patriot-Systeme").
  const missiles = previous.filter(
    (f) => f.type === 'commitment' && f.item && before.items.some((m) => m.value.id === f.item),
  );
  if (missiles.length === 0 || words.systemsAgain[s.lang].matchAll(s.tokens).length === 0) return;
  for (const pledge of missiles) {
    const system = systemFiring(s.catalogue, pledge.item!);
    if (!system) continue;
    pledge.item = system.id;
    pledge.category = system.category;
  }
}
