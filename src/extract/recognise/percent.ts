/** Percentages: "2 %", "3,5 %", "five percent", "1,5 Prozent". */
import type { Token } from '../text/tokens.ts';
import type { Lang } from '../types.ts';
import { parseNumeral, readNumberWords, toNumber } from './numbers.ts';

export interface PercentMention {
  start: number;
  end: number;
  value: number;
}

const PERCENT_WORDS = new Set(['%', 'percent', 'prozent', 'pourcent']);

export function findPercents(tokens: readonly Token[], lang: Lang): PercentMention[] {
  const found: PercentMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let value: number | null = null;
    let k = i + 1;
    if (t.kind === 'number') {
      const d = parseNumeral(t.text, lang === 'en' ? 'en' : 'fr');
      value = d ? toNumber(d) : null;
    } else {
      const w = readNumberWords(tokens, i, lang);
      if (w) {
        value = w.value;
        k = w.end;
      }
    }
    if (value === null) continue;
    const unit = tokens[k];
    const two = `${unit?.fold ?? ''} ${tokens[k + 1]?.fold ?? ''}`;
    if (unit && PERCENT_WORDS.has(unit.fold)) found.push({ start: i, end: k + 1, value });
    else if (two === 'pour cent' || two === 'per cent') found.push({ start: i, end: k + 2, value });
    else continue;
    i = (found[found.length - 1] as PercentMention).end - 1;
  }
  return found;
}
