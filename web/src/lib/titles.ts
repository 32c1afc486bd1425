/**
 * Human titles for records, in the reader's language: "Germany → Ukraine: 2 Patriot systems
 * (funded purchase), July 2025" for a commitment, "UDCG 33, Brussels, 12 February 2026" for a
 * meeting. Pure functions of the record and the words they need, so they can be tested alone.
 */
import type { Commitment, Meeting } from '../api/types.ts';
import type { TextKey } from '../i18n/translate.ts';
import { localeTags as tags, type Locale } from './format.ts';
import { itemLabel, type CatalogueEntry } from '../../../src/domain/wording/item-label.ts';
import { placeName } from '../../../src/domain/wording/names.ts';

export { categoryName, placeName, quantityText, unitName } from '../../../src/domain/wording/names.ts';

export interface TitleWords {
  locale: Locale;
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
  party: (code: string) => string;
  /** The catalogue's name and unit of an equipment type, when the catalogue has loaded. */
  equipment: (id: string) => CatalogueEntry | undefined;
}

type TitledLine = Pick<
  Commitment['items'][number],
  'equipment' | 'category' | 'quantity' | 'quantity_qualifier'
>;
type TitledCommitment = Pick<Commitment, 'donor' | 'recipient' | 'mode' | 'announced_on'> & {
  items: TitledLine[];
};
type TitledMeeting = Pick<Meeting, 'kind' | 'number' | 'place' | 'date'>;

/** "2 Patriot systems", "about 50 Gepard vehicles", "IRIS-T SLM" (no quantity), "air defence". */
export function lineLabel(line: TitledLine, words: TitleWords): string {
  return itemLabel(line, line.equipment ? words.equipment(line.equipment) : undefined, words);
}

function monthYear(iso: string, locale: Locale): string {
  const [y, m] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(tags[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, 1)),
  );
}

function longDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

export function commitmentTitle(c: TitledCommitment, words: TitleWords): string {
  const lines = c.items.map((line) => lineLabel(line, words)).filter((label) => label !== '');
  const what =
    lines.length === 0
      ? words.t('title.noItems')
      : lines.length === 1
        ? lines[0]!
        : words.t('title.moreLines', { first: lines[0]!, count: lines.length - 1 });
  const mode = c.mode ? ` (${words.t(`mode.${c.mode}`).toLocaleLowerCase(tags[words.locale])})` : '';
  const when = c.announced_on ? `, ${monthYear(c.announced_on, words.locale)}` : '';
  return `${words.party(c.donor)} → ${words.party(c.recipient)}${words.t('punct.colon')}${what}${mode}${when}`;
}

export function meetingTitle(m: TitledMeeting, words: TitleWords): string {
  const name = `${words.t(`meetingShort.${m.kind}`)}${m.number !== null ? ` ${m.number}` : ''}`;
  return [name, m.place ? placeName(m.place, words) : null, longDate(m.date, words.locale)]
    .filter(Boolean)
    .join(', ');
}
