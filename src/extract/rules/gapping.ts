/**
 * Gapping: the verb and the item of a clause are said once and the next donors give only their
 * own figure. "Sweden will contribute $275 million, Norway $112 million and Denmark $113 million";
 * "Bisher hatte Deutschland sieben Haubitzen geliefert, die Niederlande fünf Stück"; "… je drei
 * Systeme liefern wollten und die USA vier".
 */
import grammar from '../../../data/extract/grammar.json' with { type: 'json' };
import { words } from '../lexicon/grammar.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import { readNumberWords } from '../recognise/numbers.ts';
import type { Quantity } from '../types.ts';
import { canGive, NOT_DONORS } from './roles.ts';
import type { Mention, Sentence } from './sentence.ts';

type Range = { start: number; end: number };
type MoneyMention = Sentence['money'][number];

/**
 * Two or more amounts of one clause, each with its own party just before it, are as many
 * commitments, one per party. Null when the clause is not built that way.
 */
export function gappedPairs(
  s: Sentence,
  clause: Range,
  verb: Range,
  money: MoneyMention[],
): Array<{ party: Mention<PartyEntry>; m: MoneyMention }> | null {
  if (money.length < 2) return null;
  const pairs: Array<{ party: Mention<PartyEntry>; m: MoneyMention }> = [];
  let from = clause.start;
  for (const m of money) {
    const party = s.parties
      .filter((p) => p.start >= from && p.end <= m.start && !NOT_DONORS.has(p.value.code))
      .pop();
    if (!party || (m.start > verb.start && m.start - party.end > 3 && party.start > verb.start)) return null;
    pairs.push({ party, m });
    from = m.end;
  }
  return new Set(pairs.map((p) => p.party.value.code)).size === pairs.length ? pairs : null;
}

const ARTICLES = new Set(Object.values(grammar.articles).flat());

export interface GappedCount {
  party: Mention<PartyEntry>;
  quantity: Quantity;
  /** Token index after the count (and its counting noun, if any). */
  end: number;
}

/**
 * After a fact with a count, "…, Party N [unit]" pairs that follow it with no verb of their own:
 * each is the same fact for another donor with its own count. `from` is the token after the fact.
 */
export function gappedCounts(s: Sentence, from: number, donors: ReadonlySet<string>): GappedCount[] {
  const out: GappedCount[] = [];
  let k = from;
  // The end of the verb group may stand between ("… liefern wollten und die USA vier").
  for (let n = 0; n < 2 && s.tokens[k]?.kind === 'word' && !startsPart(s, k); n++) k++;
  if (k > from && !words.coordination[s.lang].matchAt(s.tokens, k)) return [];
  while (k < s.tokens.length) {
    // Only list separators ("," "und" "and" "et", articles) may stand before the next party.
    const sep = words.coordination[s.lang].matchAt(s.tokens, k);
    if (sep) {
      k = sep.end;
      continue;
    }
    if (ARTICLES.has(s.tokens[k]!.fold)) {
      k++;
      continue;
    }
    const party = s.parties.find((p) => p.start === k);
    if (!party || donors.has(party.value.code) || NOT_DONORS.has(party.value.code) || !canGive(s, party))
      break;
    const count = countAt(s, party.end);
    if (!count) break;
    let end = count.end;
    const quantity = s.quantities.find((q) => q.start === party.end);
    if (quantity) end = Math.max(end, quantity.head + 1);
    out.push({ party, quantity: { value: count.value, qualifier: 'exact' }, end });
    k = end;
  }
  return out;
}

const startsPart = (s: Sentence, k: number) =>
  s.parties.some((p) => p.start === k) || words.coordination[s.lang].matchAt(s.tokens, k) !== null;

function countAt(s: Sentence, at: number): { value: number; end: number } | null {
  const t = s.tokens[at];
  if (!t) return null;
  if (t.kind === 'number' && /^\d+$/.test(t.text)) return { value: Number(t.text), end: at + 1 };
  const spoken = readNumberWords(s.tokens, at, s.lang, true);
  return spoken ? { value: spoken.value, end: spoken.end } : null;
}
