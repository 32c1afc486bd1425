/**
 * Deadlines: a future span or date ("dans 50 jours", "within 50 days", "bis Ende Juni") in a
 * sentence that speaks of pressure or a time limit (ultimatum, tariffs, sanctions, "must").
 */
import { emptyCandidate, type Candidate } from './candidate.ts';
import { canGive } from './roles.ts';
import { charSpan, clauseOf, wordsOf, type Sentence } from './sentence.ts';

const FUTURE_OPENERS = new Set([
  'dans',
  "d'ici",
  'ici',
  'sous',
  'within',
  'in',
  'by',
  'binnen',
  'innerhalb',
  'bis',
  'avant',
  'before',
]);

export function findDeadlines(s: Sentence): Candidate[] {
  const dates = s.dates.filter(
    (d) => d.relative && s.tokens.slice(d.start, d.start + 2).some((t) => FUTURE_OPENERS.has(t.fold)),
  );
  if (dates.length === 0 || s.cue.deadline.length === 0) return [];
  return dates.map((d) => {
    const clause = clauseOf(s, d.start);
    const from = Math.max(clause.start, d.start - 6);
    const fact = emptyCandidate('deadline', charSpan(s, from, d.end));
    fact.date = d.date;
    fact.donor = s.parties.find((p) => canGive(s, p))?.value.code ?? null;
    fact.confidence = d.date ? 0.7 : 0.5;
    fact.cue = `deadline: ${wordsOf(s, d)} (${wordsOf(s, s.cue.deadline[0]!)})`;
    return fact;
  });
}
