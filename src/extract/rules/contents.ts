/**
 * A package's contents told in the sentence after it: "… ein Waffenpaket im Wert von 600 Millionen
 * Euro. Es handelt sich unter anderem um das fünfte IRIS-T-System, …", "… a $400 million package.
 * It includes four HIMARS …". The first system named gives the package, said with an amount and
 * no item, its item.
 */
import { cues } from '../lexicon/cues.ts';
import type { Candidate } from './candidate.ts';
import type { Sentence } from './sentence.ts';

/** How many tokens into the sentence the contents phrase may start ("Zum Paket gehören ihm zufolge …"). */
const OPENING = 4;

export function nameThePackage(s: Sentence, previous: readonly Candidate[]): void {
  const pkg = previous.find((f) => f.type === 'commitment' && f.money !== null && f.item === null);
  const first = s.items[0];
  if (!pkg || !first) return;
  const opens = cues.contents[s.lang].matchAll(s.tokens.slice(0, OPENING + 3));
  if (!opens.some((m) => m.start <= OPENING && m.end <= first.start)) return;
  pkg.item = first.value.id;
  pkg.category = first.value.category;
}
