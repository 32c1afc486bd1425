/**
 * Numbers as written: digit strings in the conventions of each language ("66,5", "1 000",
 * "1.200", "2.5") and number words ("vingt-cinq", "twenty-five", "fünfundzwanzig").
 * Values are kept as decimal strings until the end so that "66,5 milliards" becomes exactly
 * 66500000000 without a floating-point multiplication.
 */
import data from '../../../data/extract/numbers.json' with { type: 'json' };
import type { Token } from '../text/tokens.ts';
import type { Lang } from '../types.ts';

/** value = digits × 10^exponent */
export interface Decimal {
  digits: bigint;
  exponent: number;
}

export function toNumber(d: Decimal): number {
  return Number(`${d.digits}e${d.exponent}`);
}

export function scaled(d: Decimal, powerOfTen: number): Decimal {
  return { digits: d.digits, exponent: d.exponent + powerOfTen };
}

/** Reads a number token such as "66,5", "1 000 000", "1.200" or "2.5". */
export function parseNumeral(text: string, lang: Lang): Decimal | null {
  // Most figures are digits alone ("12", "2035"): read as the general case reads them.
  if (allDigits(text)) return { digits: BigInt(text), exponent: -0 };
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const dots = compact.split('.').length - 1;
  const commas = compact.split(',').length - 1;
  let decimalSep: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) decimalSep = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    const afterSep = compact.length - compact.indexOf(sep) - 1;
    const grouping = lang === 'en' ? ',' : '.';
    decimalSep = sep === grouping && afterSep === 3 ? null : sep;
  }
  const [whole, fraction = ''] = decimalSep ? (compact.split(decimalSep) as [string, string?]) : [compact];
  const intDigits = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(intDigits + fraction)) return null;
  return { digits: BigInt(intDigits + fraction), exponent: -fraction.length };
}

function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const words = data.words as Record<Lang, Record<string, number>>;
export const collectives = data.collectives as Record<Lang, Record<string, number>>;

export interface NumberReading {
  value: number;
  /** Token index after the last token read. */
  end: number;
}

/** Reads number words starting at token i; articles ("un", "a", "ein") only when `articles` is set. */
export function readNumberWords(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  articles = false,
): NumberReading | null {
  let total = 0;
  let current = 0;
  let end = i;
  let any = false;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    const t = tokens[j] as Token;
    if (any && (t.text === '-' || t.fold === 'et' || t.fold === 'and')) continue;
    const v = wordValue(t.fold, lang);
    if (v === null) break;
    if (!articles && !any && v === 1 && isArticle(t.fold, lang)) return null;
    if (v === 100 || v === 1000) {
      current = (current || 1) * v;
      if (v === 1000) {
        total += current;
        current = 0;
      }
    } else if (v === 20 && current === 4 && lang === 'fr') current = 80;
    // "another two systems": a word for one before a count is a determiner, not part of it.
    else if (j === i + 1 && current === 1 && total === 0) current = v;
    else current += v;
    any = true;
    end = j + 1;
  }
  return any ? { value: total + current, end } : null;
}

function isArticle(word: string, lang: Lang): boolean {
  if (lang === 'fr') return word === 'un' || word === 'une';
  if (lang === 'en') return word === 'a' || word === 'an';
  return word.startsWith('ein');
}

const folded = (lang: Lang) => {
  const m = new Map<string, number>();
  for (const [k, v] of Object.entries(words[lang]))
    m.set(k.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss'), v);
  return m;
};
const wordMaps: Record<Lang, Map<string, number>> = { fr: folded('fr'), en: folded('en'), de: folded('de') };

function wordValue(word: string, lang: Lang): number | null {
  const direct = wordMaps[lang].get(word);
  if (direct !== undefined) return direct;
  if (lang === 'de' && word.length > 6) return germanCompound(word);
  return null;
}

/** "fünfundzwanzig" = 5 + 20, "zweihundert" = 2 × 100, "dreitausend" = 3 × 1000. */
function germanCompound(word: string): number | null {
  const map = wordMaps.de;
  for (const [unit, factor] of [['tausend', 1000] as const, ['hundert', 100] as const]) {
    const at = word.indexOf(unit);
    if (at > 0) {
      const head = map.get(word.slice(0, at)) ?? germanCompound(word.slice(0, at));
      const tail = word.slice(at + unit.length);
      const rest = tail === '' ? 0 : (map.get(tail) ?? germanCompound(tail));
      if (head !== null && head !== undefined && rest !== null && rest !== undefined)
        return head * factor + rest;
    }
  }
  const und = word.indexOf('und');
  if (und > 0) {
    const ones =
      map.get(word.slice(0, und) === 'ein' ? 'eins' : word.slice(0, und)) ?? map.get(word.slice(0, und));
    const tens = map.get(word.slice(und + 3));
    if (ones !== undefined && tens !== undefined && tens >= 20) return ones + tens;
  }
  return null;
}
