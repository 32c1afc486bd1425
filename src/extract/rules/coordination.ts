/**
 * Coordinated parties: "Canada, Norway, Denmark and the Netherlands", "Deutschland und die
 * Niederlande", "la France, l'Italie ainsi que l'Espagne". A fact told of the last party of such
 * a list is told of each of them.
 */
import grammar from '../../../data/extract/grammar.json' with { type: 'json' };
import { words } from '../lexicon/grammar.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import type { Mention, Sentence } from './sentence.ts';

const ARTICLES = new Set(Object.values(grammar.articles).flat());
/** A preposition repeated inside the list: "de l'Espagne et de la Norvège", "from Spain and from Norway". */
const REPEATED = new Set(['de', 'du', 'des', "d'", 'from', 'by', 'par', 'von', 'aus']);

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
    if (ARTICLES.has(s.tokens[k]!.fold) || (separated && REPEATED.has(s.tokens[k]!.fold))) {
      k++;
      continue;
    }
    const others = separated ? words.othersOfGroup[s.lang].matchAt(s.tokens, k) : null;
    if (others && others.end <= to) {
      k = others.end;
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
  // "Deutschland und weitere Bündnisstaaten", "Canada and other allies": the ones named belong
  // to the group named last, which acts as one.
  const group = chain.find((p, n) => n > 0 && othersBefore(s, p));
  if (group) return [group];
  const seen = new Set<string>();
  return chain.filter((p) => !seen.has(p.value.code) && seen.add(p.value.code));
}

function othersBefore(s: Sentence, p: Mention<PartyEntry>): boolean {
  for (let k = Math.max(0, p.start - 3); k < p.start; k++) {
    const m = words.othersOfGroup[s.lang].matchAt(s.tokens, k);
    if (m && m.end === p.start) return true;
  }
  return false;
}
