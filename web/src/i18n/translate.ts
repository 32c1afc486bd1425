/**
 * The catalogues of interface text and the lookup that fills a message in: pure, so that the
 * functions wording records (titles, notes, reasons) can be tested without React. The wording the
 * printed briefing packs share (data/i18n) is part of each catalogue, filled in the same way.
 */
import {
  fillMessage,
  pluralForm,
  type PluralBase,
  type Vars,
} from '../../../src/domain/wording/catalogue.ts';
import type { Locale } from '../lib/format.ts';
import { en, type MessageKey } from './messages.en.ts';
import { fr } from './messages.fr.ts';

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };

export type TextKey = MessageKey | PluralBase<MessageKey>;
export type { Vars };

/** The catalogue's key for a message in the form `count` calls for: `.one` or `.other`. */
export function pluralKey(key: TextKey, locale: Locale, count: unknown): MessageKey {
  if (key in catalogues[locale]) return key as MessageKey;
  return `${key}.${pluralForm(locale, count)}` as MessageKey;
}

/**
 * A message with `{name}` placeholders filled in. A message given in plural forms takes the form
 * its number `count` calls for in the language ("1 record", "2 records"; "0 engagement").
 */
export function translate(locale: Locale, key: TextKey, vars?: Vars): string {
  return fillMessage(catalogues[locale][pluralKey(key, locale, vars?.count)], locale, vars);
}

/** Whether the catalogue has a message (or its plural forms) for a key built from an API name. */
export function hasText(key: string): key is TextKey {
  return key in en || `${key}.one` in en;
}
