/**
 * What a timeline entry says, worded in the reader's language from the entry's text id and
 * figures (an ultimatum's due date, a meeting, the date a requirement is needed by); a policy
 * event keeps its recorded title, and an id this client does not know keeps the server's English.
 */
import { hasText } from '../../i18n/translate.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { categoryName, placeName, type TitleWords } from '../../lib/titles.ts';
import type { TimelineEntry } from './coordination-types.ts';

export type TimelineText = Pick<TimelineEntry, 'text_id' | 'text_params' | 'title'>;

/** "UDCG 33", "Sommet de l’OTAN": a meeting's short name and number. */
export function meetingShortName(
  kind: string,
  number: number | string | null | undefined,
  words: TitleWords,
) {
  const key = `meetingShort.${kind}`;
  const name = hasText(key) ? words.t(key) : kind.replaceAll('_', ' ');
  return number === null || number === undefined || number === '' ? name : `${name} ${number}`;
}

export function timelineText(entry: TimelineText, words: TitleWords): string {
  const p = entry.text_params;
  const { t, locale } = words;
  switch (entry.text_id) {
    case 'event':
      return p.title ?? entry.title;
    case 'due': {
      const vars = { title: p.title ?? '', date: p.announced_on ? formatDate(p.announced_on, locale) : '' };
      return p.days === undefined
        ? t('timeline.text.dueUncounted', vars)
        : t('timeline.text.due', { ...vars, count: Number(p.days) });
    }
    case 'meeting': {
      const text = t('timeline.text.meeting', {
        name: meetingShortName(p.kind ?? '', p.number, words),
        place: p.place ? placeName(p.place, words) : t('timeline.text.placeUnknown'),
      });
      return p.status === 'cancelled' ? t('timeline.text.cancelled', { meeting: text }) : text;
    }
    case 'needed-by': {
      const priority = formatNumber(Number(p.priority), locale);
      if (!p.what) return t('timeline.text.neededByAnything', { capability: p.capability ?? '', priority });
      const what = words.equipment(p.what)?.name ?? categoryName(p.what, words).toLocaleLowerCase(locale);
      return t('timeline.text.neededBy', { capability: p.capability ?? '', what, priority });
    }
    default:
      return entry.title;
  }
}
