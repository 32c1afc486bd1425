/**
 * What a timeline entry says, worded in the reader's language from the entry's text id and
 * figures (an ultimatum's due date, a meeting, the date a requirement is needed by); a policy
 * event keeps its recorded title, and an id this wording does not know keeps the server's English.
 */
import { formatDate, formatNumber } from './format.ts';
import { categoryName, meetingShortName, placeName, type Words } from './names.ts';

export interface TimelineText {
  text_id: string;
  text_params: Record<string, string>;
  title: string;
}

/** The words an entry needs; `equipment` names an equipment type when a catalogue is at hand. */
export interface TimelineWords extends Words {
  equipment?: (id: string) => { name: string } | undefined;
}

export function timelineText(entry: TimelineText, words: TimelineWords): string {
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
      const what = words.equipment?.(p.what)?.name ?? categoryName(p.what, words).toLocaleLowerCase(locale);
      return t('timeline.text.neededBy', { capability: p.capability ?? '', what, priority });
    }
    default:
      return entry.title;
  }
}
