import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import type { Locale } from '../../lib/format.ts';
import type { TitleWords } from '../../lib/titles.ts';
import { meetingShortName, timelineText, type TimelineText } from './timeline-text.ts';

const words = (locale: Locale): TitleWords => ({
  locale,
  t: (key, vars) => translate(locale, key, vars),
  party: (code) => code,
  equipment: (id) => (id === 'patriot' ? { name: 'Patriot', unit: 'system' } : undefined),
});
const entry = (text_id: TimelineText['text_id'], text_params: Record<string, string>): TimelineText => ({
  text_id,
  text_params,
  title: 'English text from the server',
});

describe('timeline text', () => {
  it('words an ultimatum’s due date with its days in the plural form of the language', () => {
    const due = entry('due', { title: 'Tariff ultimatum', announced_on: '2025-07-14', days: '50' });
    expect(timelineText(due, words('en'))).toBe('Due: Tariff ultimatum (announced 14 Jul 2025, 50 days)');
    expect(timelineText(due, words('fr'))).toBe(
      'Échéance : Tariff ultimatum (annonce du 14 juil. 2025, délai de 50 jours)',
    );
    const one = entry('due', { title: 'T', announced_on: '2025-07-14', days: '1' });
    expect(timelineText(one, words('fr'))).toMatch(/délai de 1 jour\)$/);
    const uncounted = entry('due', { title: 'T', announced_on: '2025-07-14' });
    expect(timelineText(uncounted, words('en'))).toBe('Due: T (announced 14 Jul 2025)');
  });

  it('names a meeting by its short name and number, its place in the reader’s words, and a cancellation', () => {
    const held = entry('meeting', { kind: 'udcg', number: '33', place: 'Brussels', status: 'held' });
    expect(timelineText(held, words('en'))).toBe('UDCG 33, Brussels');
    expect(timelineText(held, words('fr'))).toBe('UDCG 33, Brussels');
    const cancelled = entry('meeting', { kind: 'nato_summit', status: 'cancelled' });
    expect(timelineText(cancelled, words('en'))).toBe('NATO summit, place unknown (cancelled)');
    expect(timelineText(cancelled, words('fr'))).toBe('Sommet de l’OTAN, lieu inconnu (séance annulée)');
    const virtual = entry('meeting', { kind: 'udcg', number: '20', place: 'virtual', status: 'held' });
    expect(timelineText(virtual, words('fr'))).toBe('UDCG 20, en visioconférence');
  });

  it('says what a requirement needs by its date, equipment by its catalogue name and categories in the language', () => {
    const patriot = entry('needed-by', { capability: 'Air defence', what: 'patriot', priority: '1' });
    expect(timelineText(patriot, words('en'))).toBe('Needed by: Air defence, Patriot (priority 1)');
    const shells = entry('needed-by', { capability: 'Artillery', what: 'munitions', priority: '2' });
    expect(timelineText(shells, words('fr'))).toMatch(
      /^Attendu pour cette date : Artillery, munitions \(priorité 2\)$/,
    );
  });

  it('keeps a policy event’s recorded title, and the English text for an id it does not know', () => {
    expect(timelineText(entry('event', { title: 'Deliveries paused' }), words('fr'))).toBe(
      'Deliveries paused',
    );
    expect(timelineText({ ...entry('event', {}), text_id: 'later' as never }, words('fr'))).toBe(
      'English text from the server',
    );
  });

  it('names the briefing pack’s meeting "UDCG 33", not by its number alone', () => {
    expect(meetingShortName('udcg', 33, words('en'))).toBe('UDCG 33');
    expect(meetingShortName('nato_summit', null, words('fr'))).toBe('Sommet de l’OTAN');
  });
});
