import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.ts';
import type { Locale } from './format.ts';
import { commitmentTitle, meetingTitle, placeName, quantityText, type TitleWords } from './titles.ts';

const parties: Record<Locale, Record<string, string>> = {
  en: { DE: 'Germany', UA: 'Ukraine', NO: 'Norway' },
  fr: { DE: 'Allemagne', UA: 'Ukraine', NO: 'Norvège' },
};
const catalogue: Record<string, { name: string; unit: string }> = {
  patriot: { name: 'Patriot', unit: 'system' },
  'patriot-interceptor': { name: 'Patriot missile', unit: 'missile' },
  gepard: { name: 'Gepard', unit: 'vehicle' },
};

function words(locale: Locale): TitleWords {
  return {
    locale,
    t: (key, vars) => translate(locale, key, vars),
    party: (code) => parties[locale][code] ?? code,
    equipment: (id) => catalogue[id],
  };
}

const line = (equipment: string | null, quantity: number | null, category: string | null = null) => ({
  equipment,
  category,
  quantity,
  quantity_qualifier: quantity === null ? null : ('exact' as const),
});

describe('human titles', () => {
  it('names a commitment by donor, recipient, what, how and when', () => {
    const c = {
      donor: 'DE',
      recipient: 'UA',
      mode: 'funded_purchase' as const,
      items: [line('patriot', 2)],
      announced_on: '2025-07-14',
    };
    expect(commitmentTitle(c, words('en'))).toBe(
      'Germany → Ukraine: 2 Patriot systems (funded purchase), July 2025',
    );
    expect(commitmentTitle(c, words('fr'))).toBe(
      'Allemagne → Ukraine\u00a0: 2 systèmes Patriot (achat financé), juillet 2025',
    );
  });

  it('pluralises by the language rules and never repeats the unit', () => {
    const one = {
      donor: 'NO',
      recipient: 'UA',
      mode: null,
      items: [line('patriot-interceptor', 1)],
      announced_on: null,
    };
    expect(commitmentTitle(one, words('en'))).toBe('Norway → Ukraine: 1 Patriot missile');
    const many = { ...one, items: [line('patriot-interceptor', 1000)] };
    expect(commitmentTitle(many, words('en'))).toBe('Norway → Ukraine: 1,000 Patriot missiles');
  });

  it('counts the other lines and falls back to the category or to "aid"', () => {
    const c = {
      donor: 'DE',
      recipient: 'UA',
      mode: 'donation' as const,
      items: [line('gepard', 50), line(null, null, 'air_defence'), line('unknown-thing', 3)],
      announced_on: '2022-04-26',
    };
    expect(commitmentTitle(c, words('en'))).toBe(
      'Germany → Ukraine: 50 Gepard vehicles and 2 more (donation from stocks), April 2022',
    );
    expect(commitmentTitle({ ...c, items: [line(null, null, 'air_defence')] }, words('en'))).toContain(
      ': air defence (',
    );
    expect(commitmentTitle({ ...c, items: [] }, words('fr'))).toBe(
      'Allemagne → Ukraine\u00a0: aide (don sur stocks), avril 2022',
    );
  });

  it('names a meeting by kind and number, place and full date', () => {
    const m = { kind: 'udcg' as const, number: 33, place: 'Brussels', date: '2026-02-12' };
    expect(meetingTitle(m, words('en'))).toBe('UDCG 33, Brussels, 12 February 2026');
    expect(meetingTitle(m, words('fr'))).toBe('UDCG 33, Brussels, 12 février 2026');
    expect(
      meetingTitle({ kind: 'nato_summit', number: null, place: null, date: '2025-06-24' }, words('en')),
    ).toBe('NATO summit, 24 June 2025');
  });
});

describe('places and quantities', () => {
  it('words a meeting held at a distance in the reader’s language and keeps real place names', () => {
    expect(placeName('virtual', words('fr'))).toBe('en visioconférence');
    expect(placeName('Pentagon (virtual)', words('fr'))).toBe('Pentagon (en visioconférence)');
    expect(placeName('Ramstein Air Base', words('fr'))).toBe('Ramstein Air Base');
    expect(
      meetingTitle({ kind: 'udcg', number: 20, place: 'virtual', date: '2024-04-19' }, words('fr')),
    ).not.toContain('virtual');
  });

  it('writes a quantity with its unit in the plural form of the language', () => {
    expect(quantityText(1, 'battery', words('fr'))).toBe('1 batterie');
    expect(quantityText(5000, 'vehicle', words('fr'))).toBe('5\u202f000 véhicules');
    expect(quantityText(300, 'missile', words('en'))).toBe('300 missiles');
    expect(quantityText(1, 'system', words('en'))).toBe('1 system');
  });
});
