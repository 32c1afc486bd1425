/**
 * The catalogues of interface text and the lookup that fills a message in: pure, so that the
 * functions wording records (titles, notes, reasons) can be tested without React.
 */
import type { Locale } from '../lib/format.ts';
import { en, type MessageKey } from './messages.en.ts';
import { fr } from './messages.fr.ts';

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };
const tags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A message given in plural forms (`key.one`, `key.other`), named without its form. */
type PluralBase<K> = K extends `${infer Base}.one` ? Base : never;
export type TextKey = MessageKey | PluralBase<MessageKey>;
export type Vars = Record<string, string | number>;

/** The catalogue's key for a message in the form `count` calls for: `.one` or `.other`. */
export function pluralKey(key: TextKey, locale: Locale, count: unknown): MessageKey {
  if (key in catalogues[locale]) return key as MessageKey;
  const form =
    typeof count === 'number' && new Intl.PluralRules(tags[locale]).select(count) === 'one' ? 'one' : 'other';
  return `${key}.${form}` as MessageKey;
}

/**
 * A message with `{name}` placeholders filled in. A message given in plural forms takes the form
 * its number `count` calls for in the language ("1 record", "2 records"; "0 engagement").
 */
export function translate(locale: Locale, key: TextKey, vars?: Vars): string {
  const text = catalogues[locale][pluralKey(key, locale, vars?.count)];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    // A count is written the reader's way ("5 000", "5,000"); other numbers (years) as given.
    return name === 'count' && typeof value === 'number'
      ? new Intl.NumberFormat(tags[locale]).format(value)
      : String(value ?? '');
  });
}

/** Whether the catalogue has a message (or its plural forms) for a key built from an API name. */
export function hasText(key: string): key is TextKey {
  return key in en || `${key}.one` in en;
}
