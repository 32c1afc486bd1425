import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.en.ts';
import { fr } from '../i18n/messages.fr.ts';
import type { Locale } from './format.ts';
import { noteText, type ReportNote } from './report-notes.ts';

const names: Record<string, Record<Locale, string>> = {
  DE: { en: 'Germany', fr: 'Allemagne' },
  PL: { en: 'Poland', fr: 'Pologne' },
};
const words = (locale: Locale) => ({
  locale,
  t: (key: keyof typeof en, vars: Record<string, string | number> = {}) =>
    (locale === 'fr' ? fr : en)[key].replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? '')),
  party: (code: string) => names[code]![locale],
});

describe('report notes', () => {
  it('words every note in English and French, with party names, plurals and dates of the language', () => {
    const notes: ReportNote[] = [
      { id: 'no-gdp', params: { parties: ['DE', 'PL'] } },
      { id: 'vague', params: { count: 1 } },
      { id: 'unvalued', params: { count: 3 } },
      { id: 'rates', params: { date: '2026-04-13' } },
    ];
    expect(notes.map((n) => noteText(n, words('en')))).toEqual([
      'No GDP figure for Germany and Poland: no % of GDP.',
      '1 commitment with a vague amount is counted, not summed.',
      '3 commitments have neither money nor a catalogue value: unvalued.',
      'Exchange rates: ECB reference rates, the latest used of 13 Apr 2026.',
    ]);
    expect(notes.map((n) => noteText(n, words('fr')))).toEqual([
      'Aucun PIB pour Allemagne et Pologne : pas de % du PIB.',
      '1 engagement au montant imprécis est compté, non additionné.',
      '3 engagements n’ont ni montant ni valeur de catalogue : non valorisés.',
      'Taux de change : taux de référence de la BCE, le plus récent utilisé du 13 avr. 2026.',
    ]);
  });
});
