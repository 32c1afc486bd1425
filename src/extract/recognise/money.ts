/**
 * Money mentions: "126 milliards de dollars", "€2.5bn", "USD 500 m", "1,2 Milliarden Euro",
 * "sept milliards de couronnes", "des milliards et des milliards de dollars" (vague), and an
 * amount repeated in another currency right after it ("(111 milliards d'euros)").
 */
import data from '../../../data/extract/numbers.json' with { type: 'json' };
import currencies from '../../../data/extract/currencies.json' with { type: 'json' };
import { PhraseIndex } from '../lexicon/phrase-index.ts';
import type { Token } from '../text/tokens.ts';
import type { Lang, Money, Qualifier } from '../types.ts';
import { parseNumeral, readNumberWords, scaled, toNumber, type Decimal } from './numbers.ts';
import { qualifierBefore, scaleAt } from './amounts.ts';

export interface MoneyMention {
  start: number;
  end: number;
  money: Money;
  /** Set for "crowns" and a bare "dollars": the currency follows the donor's country. */
  byDonor: AmbiguousCurrency | null;
  /** Index in the sentence's money list of the amount this one repeats, or null. */
  altOf: number | null;
}

const currencyWords: Record<Lang, PhraseIndex<string>> = {
  fr: new PhraseIndex(),
  en: new PhraseIndex(),
  de: new PhraseIndex(),
};
const vague: Record<Lang, PhraseIndex<true>> = {
  fr: new PhraseIndex(),
  en: new PhraseIndex(),
  de: new PhraseIndex(),
};
for (const lang of ['fr', 'en', 'de'] as const) {
  for (const [w, code] of Object.entries(currencies.words[lang])) currencyWords[lang].add(w, code);
  for (const code of currencies.codes) currencyWords[lang].add(code, code);
  for (const p of data.vague_money[lang]) vague[lang].add(p, true);
}
/** Currency symbols as written ("$", "C$", "€"): a Map, so that a word is never read as one of an object's own names. */
const symbols = new Map<string, string>(Object.entries(currencies.symbols));
type AmbiguousCurrency = 'KRONE' | 'DOLLAR';
const byCountry: Record<AmbiguousCurrency, Record<string, string>> = {
  KRONE: currencies.krone_by_country,
  DOLLAR: currencies.dollar_by_country,
};
/** What an ambiguous currency word is when nothing says whose it is. */
const fallback: Record<AmbiguousCurrency, string | null> = { KRONE: null, DOLLAR: 'USD' };

/** The amount with its currency settled by the donor when the word was ambiguous ("couronnes", "dollars"). */
export function settleCurrency(m: MoneyMention, donor: string | null): Money {
  if (!m.byDonor) return m.money;
  return { ...m.money, currency: (donor && byCountry[m.byDonor][donor]) || fallback[m.byDonor] };
}

const QUOTES = new Set(['"', '«', '»', '“', '”', '„', "'", '‘', '’']);
const LINKS = new Set(['de', "d'", 'of', 'en', 'in']);

function currencyAt(tokens: readonly Token[], i: number, lang: Lang): { code: string; end: number } | null {
  let j = glued(tokens, i) ? i + 1 : i;
  while (
    j < tokens.length &&
    j < i + 3 &&
    (QUOTES.has((tokens[j] as Token).text) || LINKS.has((tokens[j] as Token).fold))
  )
    j++;
  const t = tokens[j];
  if (!t) return null;
  const sym = symbols.get(t.text);
  if (sym) return { code: sym, end: j + 1 };
  const m = currencyWords[lang].matchAt(tokens, j);
  if (m) return { code: m.values[0] as string, end: m.end };
  return null;
}

function currencyBefore(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { code: string; start: number } | null {
  const t = tokens[i - 1];
  if (!t) return null;
  const symbol = symbols.get(t.text);
  if (symbol) {
    const us = tokens[i - 2];
    const start = us && us.text === 'US' && us.end === t.start ? i - 2 : i - 1;
    return { code: symbol, start };
  }
  if (/^[A-Z]{3}$/.test(t.text) && currencies.codes.includes(t.text)) return { code: t.text, start: i - 1 };
  void lang;
  return null;
}

interface Figure {
  value: Decimal;
  end: number;
}

const fractions = Object.fromEntries(
  (['fr', 'en', 'de'] as const).map((lang) => {
    const index = new PhraseIndex<string>();
    for (const [phrase, value] of Object.entries(data.fractions[lang])) index.add(phrase, value);
    return [lang, index];
  }),
) as Record<Lang, PhraseIndex<string>>;

/** "un demi-milliard", "half a billion", "eine halbe Milliarde": a fraction of a scale. */
function fractionAt(tokens: readonly Token[], i: number, lang: Lang): Figure | null {
  const fraction = fractions[lang].matchAt(tokens, i);
  if (!fraction) return null;
  const at = tokens[fraction.end]?.text === '-' ? fraction.end + 1 : fraction.end;
  const scale = scaleAt(tokens, at, lang);
  const value = parseNumeral(fraction.values[0] as string, 'en');
  return scale && value ? { value: scaled(value, scale.power), end: scale.end } : null;
}

function figureAt(tokens: readonly Token[], i: number, lang: Lang): Figure | null {
  const t = tokens[i];
  if (!t) return null;
  const fraction = fractionAt(tokens, i, lang);
  if (fraction) return fraction;
  let value: Decimal | null = null;
  let end = i + 1;
  if (t.kind === 'number') value = parseNumeral(t.text, lang);
  else {
    const words = readNumberWords(tokens, i, lang, true);
    if (words) {
      value = { digits: BigInt(words.value), exponent: 0 };
      end = words.end;
    }
  }
  if (!value) return null;
  // "ein 400-Millionen-Euro-Paket", "a $400-million package": the parts of a compound are glued by hyphens.
  if (glued(tokens, end)) end++;
  const scale = scaleAt(tokens, end, lang);
  if (scale) return { value: scaled(value, scale.power), end: scale.end };
  // "a", "un", "ein" count as one only before a scale: "a billion dollars", not "a USD 500 m package".
  if (t.kind !== 'number' && end === i + 1 && value.digits === 1n) return null;
  return glued(tokens, i + 1) ? { value, end: i + 1 } : { value, end };
}

/** A hyphen at `k` written without spaces between two words or figures. */
function glued(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k];
  return dash?.text === '-' && tokens[k - 1]?.end === dash.start && tokens[k + 1]?.start === dash.end;
}

/** Every money mention of a sentence's tokens, left to right. */
export function findMoney(tokens: readonly Token[], lang: Lang): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = found.findLast((f) => f.altOf === null);
    const m = moneyAt(tokens, i, lang) ?? (last ? inheritedAt(tokens, i, lang, last) : null);
    if (!m) continue;
    const prev = found[found.length - 1];
    if (prev && isRepeat(tokens, prev.end, m.start, lang)) m.altOf = prev.altOf ?? found.length - 1;
    found.push(m);
    i = m.end - 1;
  }
  return found;
}

function moneyAt(tokens: readonly Token[], i: number, lang: Lang): MoneyMention | null {
  const t = tokens[i] as Token;
  const vagueMatch = vague[lang].matchAt(tokens, i);
  if (vagueMatch) {
    const cur = currencyAt(tokens, vagueMatch.end, lang);
    if (cur) return mention(i, cur.end, null, cur.code, 'vague');
  }
  const symbol =
    symbols.get(t.text) ??
    (/^[A-Z]{3}$/.test(t.text) && currencies.codes.includes(t.text) ? t.text : undefined);
  // "US$", "C$", "A$": a country prefix glued to the dollar sign names the dollar.
  const prefixed =
    tokens[i + 1]?.text === '$' && tokens[i + 1]?.start === t.end ? symbols.get(`${t.text}$`) : undefined;
  if (prefixed) {
    const fig = figureAt(tokens, i + 2, lang);
    if (fig) {
      const q = qualifierBefore(tokens, i, lang);
      return mention(q.start, fig.end, fig.value, prefixed, q.qualifier);
    }
  }
  if (symbol) {
    const fig = figureAt(tokens, i + 1, lang);
    if (fig) {
      const q = qualifierBefore(tokens, i, lang);
      return mention(q.start, fig.end, fig.value, symbol, q.qualifier);
    }
    return null;
  }
  if (t.kind !== 'number' && t.kind !== 'word') return null;
  const fig = figureAt(tokens, i, lang);
  if (!fig) return null;
  const before = currencyBefore(tokens, i, lang);
  const cur = before ? null : currencyAt(tokens, fig.end, lang);
  if (!before && !cur) return null;
  const q = qualifierBefore(tokens, before ? before.start : i, lang);
  return mention(q.start, cur ? cur.end : fig.end, fig.value, (before ?? cur)?.code as string, q.qualifier);
}

/** "dont plus de 66,5 milliards": a scaled figure without currency takes the one of the amount before it. */
function inheritedAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  last: MoneyMention,
): MoneyMention | null {
  const t = tokens[i] as Token;
  if (t.kind !== 'number') return null;
  const fig = figureAt(tokens, i, lang);
  if (!fig || fig.end === i + 1 || scaleAt(tokens, i + 1, lang) === null) return null;
  const q = qualifierBefore(tokens, i, lang);
  const m = mention(q.start, fig.end, fig.value, last.byDonor ?? last.money.currency ?? 'KRONE', q.qualifier);
  return m;
}

function mention(
  start: number,
  end: number,
  value: Decimal | null,
  code: string,
  qualifier: Qualifier,
): MoneyMention {
  const byDonor = code === 'KRONE' || code === 'DOLLAR' ? code : null;
  return {
    start,
    end,
    money: {
      amount: value ? toNumber(value) : null,
      currency: byDonor ? fallback[byDonor] : code,
      qualifier,
    },
    byDonor,
    altOf: null,
  };
}

const REPEAT_LINKS = new Set([
  '(',
  '[',
  'soit',
  'ou',
  'or',
  'i.e',
  'bzw',
  'oder',
  'also',
  'rund',
  'environ',
  'about',
  'some',
  'etwa',
  ',',
  '/',
  '=',
  '.',
]);

function isRepeat(tokens: readonly Token[], from: number, to: number, _lang: Lang): boolean {
  if (to - from < 1 || to - from > 3) return false;
  let opened = false;
  for (let k = from; k < to; k++) {
    const f = (tokens[k] as Token).fold;
    if (!REPEAT_LINKS.has(f)) return false;
    if (
      f === '(' ||
      f === '[' ||
      f === 'soit' ||
      f === 'or' ||
      f === 'oder' ||
      f === 'bzw' ||
      f === '/' ||
      f === '='
    )
      opened = true;
  }
  return opened;
}
