/** A report's notes, given by id with their figures, worded in the reader's language. */
import type { components } from '../api/schema.d.ts';
import type { TextKey } from '../i18n/translate.ts';
import { formatDate, formatNumber, type Locale } from './format.ts';

export type ReportNote = components['schemas']['ReportNote'];

export interface NoteWords {
  locale: Locale;
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
  party: (code: string) => string;
}

const tags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

export function noteText(note: ReportNote, words: NoteWords): string {
  const { locale } = words;
  const list = (items: string[]) => new Intl.ListFormat(tags[locale], { type: 'conjunction' }).format(items);
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params)) {
    if (name === 'parties') vars[name] = list((value as string[]).map(words.party));
    // "DE 2023": the party's name with the year of its figure.
    else if (name === 'party_years')
      vars[name] = list(
        (value as string[]).map((item) => {
          const [code = '', year = ''] = item.split(' ');
          return `${words.party(code)} (${year})`;
        }),
      );
    else if (Array.isArray(value)) vars[name] = list(value);
    else if (name === 'date') vars[name] = formatDate(String(value), locale);
    else if (typeof value === 'number') vars[name] = formatNumber(value, locale);
    else vars[name] = value;
  }
  // A note that counts something is worded in the plural form its count takes in the language.
  const count = note.params.count;
  const key =
    typeof count === 'number'
      ? `note.${note.id}.${new Intl.PluralRules(tags[locale]).select(count) === 'one' ? 'one' : 'other'}`
      : `note.${note.id}`;
  return words.t(key as TextKey, vars);
}
