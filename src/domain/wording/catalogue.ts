/**
 * The wording shared by the web client and the printed briefing packs (Markdown, PDF): one
 * catalogue per language in data/i18n, and the lookup that fills a message in. A message given in
 * plural forms (`key.one`, `key.other`) takes the form its `count` calls for in the language.
 */
import en from '../../../data/i18n/briefing.en.json' with { type: 'json' };
import fr from '../../../data/i18n/briefing.fr.json' with { type: 'json' };
import { localeTags, type Locale } from './format.ts';

export type SharedKey = keyof typeof en;
const catalogues: Record<Locale, Record<SharedKey, string>> = { en, fr };
export const sharedCatalogues: Readonly<Record<Locale, Readonly<Record<SharedKey, string>>>> = catalogues;

/** A message given in plural forms, named without its form. */
export type PluralBase<K> = K extends `${infer Base}.one` ? Base : never;
export type SharedTextKey = SharedKey | PluralBase<SharedKey>;
export type Vars = Record<string, string | number>;

/** The form (`one` or `other`) a number calls for in a language: "1 system", "0 système". */
export function pluralForm(locale: Locale, count: unknown): 'one' | 'other' {
  return typeof count === 'number' && new Intl.PluralRules(localeTags[locale]).select(count) === 'one'
    ? 'one'
    : 'other';
}

/** `{name}` placeholders filled in; a count is written the reader's way ("5 000", "5,000"). */
export function fillMessage(text: string, locale: Locale, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    return name === 'count' && typeof value === 'number'
      ? new Intl.NumberFormat(localeTags[locale]).format(value)
      : String(value ?? '');
  });
}

/** Whether the shared catalogue has a message (or its plural forms) for a key built from a name. */
export function hasSharedText(key: string): key is SharedTextKey {
  return key in en || `${key}.one` in en;
}

/** A shared message in a language, in the form its `count` calls for. */
export function sharedText(locale: Locale, key: SharedTextKey, vars?: Vars): string {
  const catalogue = catalogues[locale];
  const text =
    key in catalogue
      ? catalogue[key as SharedKey]
      : catalogue[`${key}.${pluralForm(locale, vars?.count)}` as SharedKey];
  return fillMessage(text, locale, vars);
}
