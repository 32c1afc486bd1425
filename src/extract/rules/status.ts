/**
 * The status of a commitment from the words around its verb: a condition, reported speech,
 * the conditional mood, an approval, a completed delivery, or an intention.
 */
import status from '../../../data/extract/status.json' with { type: 'json' };
import { conditionalSuffixes, type Act } from '../lexicon/cues.ts';
import type { Status } from '../types.ts';
import { hasCue, type Sentence } from './sentence.ts';

const MOOD_WRITTEN = new Set(status.mood_written.de);

/** "würde liefern", "könnte schicken": the German conditional, told from the past by its umlaut. */
function germanMood(s: Sentence, clause: { start: number; end: number }): boolean {
  if (s.lang !== 'de') return false;
  for (let k = clause.start; k < clause.end; k++)
    if (MOOD_WRITTEN.has(s.tokens[k]?.text.toLowerCase() ?? '')) return true;
  return false;
}

export function statusOf(
  s: Sentence,
  clause: { start: number; end: number },
  verb: { start: number; end: number },
  acts: ReadonlySet<Act>,
): Status | null {
  if (hasCue(s, 'condition', clause)) return 'conditional';
  const before = { start: 0, end: clause.start };
  if (
    hasCue(s, 'reported', { start: 0, end: s.tokens.length }) ||
    (clause.start > 0 && hasCue(s, 'speech', before))
  ) {
    return 'reported';
  }
  const verbWord = s.tokens[verb.start]?.fold ?? '';
  if (
    hasCue(s, 'mood', clause) ||
    germanMood(s, clause) ||
    (s.lang === 'fr' && conditionalSuffixes.some((x) => verbWord.endsWith(x)))
  ) {
    return 'conditional';
  }
  if (acts.has('approve')) return 'approved';
  const planned = hasCue(s, 'planned', clause);
  if (hasCue(s, 'delivered', clause) && !planned) return 'delivered';
  if (planned) return 'planned';
  if (s.lang === 'fr' && /(ra|ront)$/.test(verbWord) && verbWord.length > 5) return 'planned';
  return null;
}
