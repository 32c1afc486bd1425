/**
 * Numbers, money, percentages and dates in the reader's language. Amounts arrive as exact decimal
 * strings and are handed to Intl.NumberFormat as strings, so no float ever rounds money.
 */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

/** The Intl tag of each language: British English, metropolitan French. */
export const localeTags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
const tags = localeTags;
const formats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tags[locale], options);
    formats.set(key, format);
  }
  return format;
}

/** Made once per language and options, as numbers are: making one reads locale data. */
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tags[locale], options);
    dateFormats.set(key, format);
  }
  return format;
}

type Decimal = `${number}`;
const asDecimal = (value: string): Decimal => value as Decimal;

/** A full amount: "€20,687,834,825.70". */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency }).format(asDecimal(amount));
}

/** A headline amount: "€20.7bn" / "20,7 Md €". */
export function formatMoneyShort(amount: string, currency: string, locale: Locale): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(asDecimal(amount));
}

export function formatNumber(value: number | string, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 4 }).format(
    typeof value === 'string' ? asDecimal(value) : value,
  );
}

/** `value` is already in percent ("48.05" → "48.05%"). */
export function formatPercent(value: string, locale: Locale, digits = 2): string {
  return numberFormat(locale, {
    style: 'unit',
    unit: 'percent',
    maximumFractionDigits: digits,
  }).format(asDecimal(value));
}

/** A calendar date YYYY-MM-DD, read as such (no time zone shift). */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

export function formatMonth(yearMonth: string, locale: Locale): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, 1)),
  );
}

export function formatInstant(iso: string, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * A fraction of two exact integer strings as a percent string with two decimals, computed on
 * BigInt (a funder's share of a package).
 */
export function percentOf(part: string, whole: string): string | null {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w === 0n) return null;
  const hundredths = (p * 10000n + w / 2n) / w;
  const text = hundredths.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Integer minor units (a decimal string) as an exact major-unit decimal string: "-1234" → "-12.34". */
export function minorToAmount(minor: string, places = 2): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(places + 1, '0');
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** EUR cents as billions with three decimals: "47680000000000" → "47.680" / "47,680". */
export function formatCentsAsBillions(minor: string, locale: Locale): string {
  return numberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
    asDecimal(minorToAmount(minor, 11)),
  );
}
