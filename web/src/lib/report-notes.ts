/** A report's notes, given by id with their figures, worded in the reader's language. */
import type { components } from '../api/schema.d.ts';
import type { MessageKey } from '../i18n/messages.en.ts';
import { formatDate, formatNumber, type Locale } from './format.ts';

export type ReportNote = components['schemas']['ReportNote'];

export interface NoteWords {
  locale: Locale;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  party: (code: string) => string;
}

const counted = new Set(['estimated', 'vague', 'unvalued', 'unconverted']);
const tags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

export function noteText(note: ReportNote, words: NoteWords): string {
  const { locale } = words;
  const list = (items: string[]) => new Intl.ListFormat(tags[locale], { type: 'conjunction' }).format(items);
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params)) {
    if (name === 'parties') vars[name] = list((value as string[]).map(words.party));
    else if (Array.isArray(value)) vars[name] = list(value);
    else if (name === 'date') vars[name] = formatDate(String(value), locale);
    else if (typeof value === 'number') vars[name] = formatNumber(value, locale);
    else vars[name] = value;
  }
  const count = Number(note.params.count ?? 0);
  const key = counted.has(note.id)
    ? `note.${note.id}.${new Intl.PluralRules(tags[locale]).select(count) === 'one' ? 'one' : 'other'}`
    : `note.${note.id}`;
  return words.t(key as MessageKey, vars);
}
