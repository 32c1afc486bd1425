/**
 * Quantities of equipment: a figure or number words, an approximate collective ("une
 * cinquantaine de", "a dozen") or a vague plural ("des dizaines de", "Dutzende"), followed
 * within a few words by the thing counted (a catalogue item, a category or a counting noun).
 */
import data from '../../../data/extract/numbers.json' with { type: 'json' };
import { cueIndex } from '../lexicon/cues.ts';
import type { Token } from '../text/tokens.ts';
import type { Lang, Quantity } from '../types.ts';
import { qualifierBefore } from './amounts.ts';
import { collectives, parseNumeral, readNumberWords, toNumber } from './numbers.ts';

export interface QuantityMention {
  start: number;
  end: number;
  quantity: Quantity;
  /** Token index where the counted thing starts. */
  head: number;
}

const vagueQuantity = cueIndex(data.vague_quantity);
const scales = Object.fromEntries(
  Object.entries(data.quantity_scales as unknown as Record<Lang, Record<string, number>>).map(
    ([lang, words]) => [lang, new Map(Object.entries(words))],
  ),
) as Record<Lang, Map<string, number>>;
/** Collective numbers ("dozen", "cinquantaine") by folded word. */
const collectiveWords = Object.fromEntries(
  Object.entries(collectives).map(([lang, words]) => [lang, new Map(Object.entries(words))]),
) as Record<Lang, Map<string, number>>;
const MAX_GAP = 4;

/** `heads` are token start indexes of items, categories and counting nouns; `taken` tokens belong to money or dates. */
export function findQuantities(
  tokens: readonly Token[],
  lang: Lang,
  heads: ReadonlySet<number>,
  taken: ReadonlySet<number>,
): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || heads.has(i)) continue;
    const reading = readAt(tokens, i, lang);
    if (!reading) continue;
    const head = headAfter(
      tokens,
      reading.end,
      heads,
      reading.article ? articleGap(tokens, reading.end, lang) : MAX_GAP,
    );
    if (head === null) continue;
    const q =
      reading.qualifier === 'vague'
        ? { qualifier: 'vague' as const, start: i }
        : qualifierBefore(tokens, i, lang);
    found.push({
      start: q.start,
      end: reading.end,
      quantity: {
        value: reading.value,
        qualifier: q.qualifier === 'exact' ? reading.qualifier : q.qualifier,
      },
      head,
    });
    i = reading.end - 1;
  }
  return found;
}

interface Reading {
  value: number | null;
  qualifier: Quantity['qualifier'];
  end: number;
  article: boolean;
}

function readAt(tokens: readonly Token[], i: number, lang: Lang): Reading | null {
  const t = tokens[i] as Token;
  if (t.kind === 'number') {
    const d = parseNumeral(t.text, lang);
    if (!d) return null;
    const value = toNumber(d);
    // "1,5 million d'obus", "31 Millionen Schuss": a scale word multiplies the count.
    const scale = scales[lang].get(tokens[i + 1]?.fold ?? '');
    if (scale !== undefined && Number.isFinite(value)) {
      const scaled = Math.round(value * scale);
      return { value: scaled, qualifier: 'exact', end: skipOf(tokens, i + 2), article: false };
    }
    if (!Number.isInteger(value) || value > 1_000_000) return null;
    return { value, qualifier: 'exact', end: i + 1, article: false };
  }
  const vague = vagueQuantity[lang].matchAt(tokens, i);
  if (vague) {
    const collective = collectiveAt(tokens, vague.end - 1, lang) ?? collectiveAt(tokens, vague.end, lang);
    const end = collective ? Math.max(vague.end, collective.end) : vague.end;
    return { value: null, qualifier: 'vague', end: skipOf(tokens, end), article: false };
  }
  const article = isArticle(t.fold, lang);
  const collective = collectiveAt(tokens, article ? i + 1 : i, lang);
  if (collective) {
    const plural = t.fold === 'des' || t.fold === 'dozens' || t.fold.startsWith('dutzende');
    return {
      value: plural ? null : collective.value,
      qualifier: plural ? 'vague' : 'about',
      end: skipOf(tokens, collective.end),
      article: false,
    };
  }
  const words = readNumberWords(tokens, i, lang, true);
  if (!words) return null;
  // "eine Million Geschosse", "two million shells", "un million d'obus": number words take a scale too.
  const scale = scales[lang].get(tokens[words.end]?.fold ?? '');
  if (scale !== undefined)
    return {
      value: words.value * scale,
      qualifier: 'exact',
      end: skipOf(tokens, words.end + 1),
      article: false,
    };
  return { value: words.value, qualifier: 'exact', end: words.end, article: article && words.end === i + 1 };
}

/**
 * How far the noun an article counts may stand: right after it, or in German after the
 * adjectives between them, written in lower case as German nouns are not ("ein erstes solches System").
 */
function articleGap(tokens: readonly Token[], from: number, lang: Lang): number {
  if (lang !== 'de') return 1;
  let k = from;
  while (k < from + 2 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '')) k++;
  return k - from + 1;
}

function isArticle(word: string, lang: Lang): boolean {
  if (lang === 'fr') return word === 'un' || word === 'une' || word === 'des';
  if (lang === 'en') return word === 'a' || word === 'an';
  return (
    word === 'ein' ||
    word === 'eine' ||
    word === 'einen' ||
    word === 'einem' ||
    word === 'eines' ||
    word === 'einer'
  );
}

function collectiveAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const f = t.fold;
  const key = (f.endsWith('s') && lang !== 'de') || f.endsWith('e') ? f.slice(0, -1) : f;
  const words = collectiveWords[lang];
  const value = words.get(f) ?? words.get(key);
  return value === undefined ? null : { value, end: i + 1 };
}

const OF = new Set(['de', "d'", 'of', 'des']);
const QUOTES = new Set(['"', '«', '»', '“', '”', '„', '‚', '‘', '’']);
const skipOf = (tokens: readonly Token[], i: number) => (OF.has(tokens[i]?.fold ?? '') ? i + 1 : i);

function headAfter(
  tokens: readonly Token[],
  from: number,
  heads: ReadonlySet<number>,
  maxGap: number,
): number | null {
  for (let k = from; k <= from + maxGap && k < tokens.length; k++) {
    if (heads.has(k)) return k;
    const t = tokens[k] as Token;
    // Quotation marks around a name ("einer "Patriot"-Einheit") do not part a count from its thing.
    if (QUOTES.has(t.text)) {
      maxGap++;
      continue;
    }
    if (t.kind === 'sign' && t.text !== '-') return null;
    if (t.kind === 'number') return null;
  }
  return null;
}
