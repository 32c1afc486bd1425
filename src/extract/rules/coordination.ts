/**
 * Coordinated parties: "Canada, Norway, Denmark and the Netherlands", "Deutschland und die
 * Niederlande", "la France, l'Italie ainsi que l'Espagne". A fact told of the last party of such
 * a list is told of each of them.
 */
import { words } from '../lexicon/grammar.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import type { Mention, Sentence } from './sentence.ts';

/** Is everything between token `from` and `to` a list separator (commas, "and", articles)? */
function joins(s: Sentence, from: number, to: number): boolean {
  if (from >= to) return false;
  let k = from;
  let separated = false;
  while (k < to) {
    const c = words.coordination[s.lang].matchAt(s.tokens, k);
    if (c && c.end <= to) {
      separated = true;
      k = c.end;
      continue;
    }
    const a = words.article[s.lang].matchAt(s.tokens, k);
    if (a && a.end <= to) {
      k = a.end;
      continue;
    }
    return false;
  }
  return separated;
}

/** The parties listed together with `last`, in text order, `last` included. */
export function coordinatedWith(s: Sentence, last: Mention<PartyEntry>): Mention<PartyEntry>[] {
  const chain = [last];
  const before = s.parties.filter((p) => p.end <= last.start).reverse();
  let head = last;
  for (const p of before) {
    if (!joins(s, p.end, head.start)) break;
    chain.unshift(p);
    head = p;
  }
  const after = s.parties.filter((p) => p.start >= last.end);
  let tail = last;
  for (const p of after) {
    if (!joins(s, tail.end, p.start)) break;
    chain.push(p);
    tail = p;
  }
  const seen = new Set<string>();
  return chain.filter((p) => !seen.has(p.value.code) && seen.add(p.value.code));
}
