/**
 * Shared pieces of amounts: qualifier cues before a figure ("plus de", "about", "rund") and
 * scale words ("milliards", "bn", "Mrd.").
 */
import data from '../../../data/extract/numbers.json' with { type: 'json' };
import { PhraseIndex } from '../lexicon/phrase-index.ts';
import type { Token } from '../text/tokens.ts';
import type { Lang, Qualifier } from '../types.ts';
import { fold } from '../text/fold.ts';

type Bound = 'about' | 'at_least' | 'at_most';

const qualifierIndex: Record<Lang, PhraseIndex<Bound>> = {
  fr: new PhraseIndex(),
  en: new PhraseIndex(),
  de: new PhraseIndex(),
};
for (const lang of ['fr', 'en', 'de'] as const) {
  for (const [bound, phrases] of Object.entries(data.qualifiers[lang]) as Array<[Bound, string[]]>) {
    for (const p of phrases) qualifierIndex[lang].add(p, bound);
  }
}

/** "ein Paket über 500 Millionen Euro": words that after a noun tell its worth, not a bound. */
const worthAfterNoun: Record<Lang, Set<string>> = {
  fr: new Set(data.worth_after_noun.fr.map(fold)),
  en: new Set(data.worth_after_noun.en.map(fold)),
  de: new Set(data.worth_after_noun.de.map(fold)),
};

const worthNouns = data.worth_after_noun.nouns;

/** The qualifier whose cue ends right before token `i`, and where the cue starts. */
export function qualifierBefore(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { qualifier: Qualifier; start: number } {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const m = qualifierIndex[lang].matchAt(tokens, j);
    if (m && m.end === i) {
      const noun = tokens[j - 1];
      const worth =
        m.end === j + 1 &&
        worthAfterNoun[lang].has(tokens[j]!.fold) &&
        noun?.kind === 'word' &&
        worthNouns.some((n) => noun.fold.endsWith(n));
      return worth ? { qualifier: 'exact', start: i } : { qualifier: m.values[0] as Bound, start: j };
    }
  }
  return { qualifier: 'exact', start: i };
}

const scales: Record<Lang, Map<string, number>> = {
  fr: new Map(Object.entries(data.scales.fr).map(([k, v]) => [fold(k), v])),
  en: new Map(Object.entries(data.scales.en).map(([k, v]) => [fold(k), v])),
  de: new Map(Object.entries(data.scales.de).map(([k, v]) => [fold(k), v])),
};

/** A scale word at token i ("milliards" → 9), and the token after it (a trailing "." of "Mrd." included). */
export function scaleAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { power: number; end: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const power = scales[lang].get(t.fold) ?? (lang !== 'en' ? undefined : undefined);
  if (power === undefined) return null;
  const dot = tokens[i + 1]?.text === '.' && t.text.length <= 4 && tokens[i + 1]?.start === t.end;
  return { power, end: dot ? i + 2 : i + 1 };
}
