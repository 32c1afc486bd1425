/**
 * Past or future around a token: the nearest tense cue of its sentence decides ("s'est tenue …
 * jeudi" → past, "rencontrera … lundi" → future). French future endings (-ra, -ront) and
 * English -ed count as cues.
 */
import calendar from '../../../data/extract/calendar.json' with { type: 'json' };
import { cueIndex } from '../lexicon/cues.ts';
import type { Token } from '../text/tokens.ts';
import type { Lang } from '../types.ts';

export type Tense = 'past' | 'future';

const future = cueIndex(calendar.tense.future);
const past = cueIndex(calendar.tense.past);
const futureSuffixes = calendar.tense.future_suffixes.fr;
const futureExclude = new Set(calendar.tense.future_suffix_exclude.fr);

function morphology(t: Token, lang: Lang): Tense | null {
  if (t.kind !== 'word' || t.fold.length < 5 || t.text[0] !== t.text[0]?.toLowerCase()) return null;
  if (lang === 'fr' && !futureExclude.has(t.fold) && futureSuffixes.some((s) => t.fold.endsWith(s)))
    return 'future';
  if (lang === 'en' && t.fold.endsWith('ed')) return 'past';
  return null;
}

/** Tense cues of a sentence as token positions. */
export function tenseCues(tokens: readonly Token[], lang: Lang): Array<{ at: number; tense: Tense }> {
  const found: Array<{ at: number; tense: Tense }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const f = future[lang].matchAt(tokens, i);
    if (f) {
      found.push({ at: i, tense: 'future' });
      continue;
    }
    const p = past[lang].matchAt(tokens, i);
    if (p) {
      found.push({ at: i, tense: 'past' });
      continue;
    }
    const m = morphology(tokens[i] as Token, lang);
    if (m) found.push({ at: i, tense: m });
  }
  return found;
}

export function tenseNear(cues: ReadonlyArray<{ at: number; tense: Tense }>, at: number): Tense | null {
  let best: { at: number; tense: Tense } | null = null;
  for (const c of cues) if (!best || Math.abs(c.at - at) < Math.abs(best.at - at)) best = c;
  return best?.tense ?? null;
}
