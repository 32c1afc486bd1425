/**
 * "Deutschland liefert zwei Systeme, von den Niederlanden kommen zwei weitere hinzu", "Germany
 * sends two systems, and the Netherlands will send two more", "…, les Pays-Bas en fourniront deux
 * autres": after a verb of giving, a comma or a coordinator followed by a giver of its own and a
 * second verb of giving opens a clause, so that neither verb takes the other's giver. A list of
 * givers before one verb ("Deutschland, Norwegen und Dänemark liefern"), a count told of a further
 * party with no verb ("…, die Niederlande fünf Stück") and a relative clause ("…, die von den USA
 * gekauft wurden") open none.
 */
import { words } from '../lexicon/grammar.ts';
import { afterAgentPrep, afterSourcePrep, canGive, NOT_DONORS } from './roles.ts';
import { clauseOf, hasCue, type Sentence } from './sentence.ts';

/** Adds the clause starts that a new giver opens to `s.clauses`. */
export function splitAtNewGivers(s: Sentence): void {
  if (s.triggers.length < 2) return;
  const added: number[] = [];
  for (let k = 1; k < s.tokens.length - 1; k++) {
    const comma = s.tokens[k]!.text === ',';
    if (!comma && !joinsClauses(s, k)) continue;
    const clause = clauseOf(s, k);
    if (clause.start === k || !s.triggers.some((t) => t.start >= clause.start && t.end <= k)) continue;
    // "Si le Parlement l'approuve, la Belgique livrera …": a condition before the comma governs what follows.
    if (hasCue(s, 'condition', { start: clause.start, end: k })) continue;
    let from = k + 1;
    if (comma && joinsClauses(s, from)) from++;
    // "…, with Germany contributing €28 billion": a phrase of the clause before, not a clause.
    if (ATTACHED.has(s.tokens[from]?.fold ?? '')) continue;
    // ", die von den USA gekauft wurden": a relative pronoun, unless it is the article of a party.
    if (words.parenthetical[s.lang].matchAt(s.tokens, from) && !s.parties.some((p) => p.start === from + 1))
      continue;
    if (inList(s, k, from, comma)) continue;
    // A verb of its own: not a noun of giving ("…, Dänemark 70 Millionen Dollar für das Paket").
    const verb = s.triggers.find((t) => t.start >= from && t.start < clause.end && !t.value.weak);
    if (!verb || s.tokens.slice(from, verb.start).some((t) => t.text === ',')) continue;
    if (s.lang === 'de' && /^\p{Lu}/u.test(s.tokens[verb.start]!.text) && verb.start > from) continue;
    const giver = s.parties.some(
      (p) =>
        !NOT_DONORS.has(p.value.code) &&
        p.value.form !== 'city' &&
        ((p.start >= from &&
          p.start < verb.start &&
          (canGive(s, p, false) || afterSourcePrep(s, p) || afterAgentPrep(s, p))) ||
          // German verb-second: "…, dazu liefert Norwegen ein weiteres"
          (s.lang === 'de' && p.start >= verb.end && p.start <= verb.end + 1 && canGive(s, p))),
    );
    if (giver) added.push(k);
  }
  if (added.length > 0) s.clauses = [...new Set([...s.clauses, ...added])].sort((a, b) => a - b);
}

/**
 * "Partner Belgien, Dänemark und Norwegen": the separator stands inside a list of parties, unless
 * a comma parts two parties each with a verb of its own ("Zwei finanziert Deutschland, Norwegen
 * zahlt für ein weiteres"): the party after the comma ends the list.
 */
function inList(s: Sentence, k: number, from: number, comma: boolean): boolean {
  if (!s.parties.some((p) => p.end === k)) return false;
  if (!comma) return true;
  const first = s.parties.find((p) => p.start >= from && p.start <= from + 1);
  return !!first && words.coordination[s.lang].matchAt(s.tokens, first.end) !== null;
}

const ATTACHED = new Set(['with', 'mit', 'avec', 'including', 'samt', 'dont', 'darunter', 'among', 'parmi']);

/** "und", "and", "et": a coordinator that may join two clauses ("oder", "sowie" are read elsewhere). */
function joinsClauses(s: Sentence, k: number): boolean {
  const w = s.tokens[k]?.fold;
  return w === 'und' || w === 'and' || w === 'et';
}
