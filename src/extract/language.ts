/**
 * Which of French, English and German an article is written in: the language whose frequent
 * function words (data/extract/stopwords.json) occur most often in its first 20,000 characters.
 * A closed three-way choice on news prose, where function words are plentiful, is more
 * reliable and far cheaper than general-purpose detectors.
 */
import data from '../../data/extract/stopwords.json' with { type: 'json' };
import { fold } from './text/fold.ts';
import type { Lang } from './types.ts';

const SAMPLE = 20_000;
const lists: Record<Lang, Set<string>> = {
  fr: new Set(data.fr.map(fold)),
  en: new Set(data.en.map(fold)),
  de: new Set(data.de.map(fold)),
};

export function detectLanguage(text: string): Lang {
  const score: Record<Lang, number> = { fr: 0, en: 0, de: 0 };
  const words = text.slice(0, SAMPLE).match(/[\p{L}']+/gu) ?? [];
  for (const raw of words) {
    const w = fold(raw);
    const elided = /^[ldjmnstc]'|^qu'/.exec(w)?.[0];
    if (elided) score.fr += 1;
    for (const lang of ['fr', 'en', 'de'] as const)
      if (lists[lang].has(elided ? w.slice(elided.length) : w)) score[lang]++;
  }
  if (score.de > score.fr && score.de > score.en) return 'de';
  if (score.en > score.fr) return 'en';
  return 'fr';
}
