import { describe, expect, it } from 'vitest';
import { noteIds, ruleIds } from '../../../src/domain/reports/report-notes.ts';
import { en } from '../i18n/messages.en.ts';
import { fr } from '../i18n/messages.fr.ts';
import { translate, type TextKey } from '../i18n/translate.ts';
import type { Locale } from './format.ts';
import { noteText, type ReportNote } from './report-notes.ts';

const names: Record<string, Record<Locale, string>> = {
  DE: { en: 'Germany', fr: 'Allemagne' },
  PL: { en: 'Poland', fr: 'Pologne' },
};
const words = (locale: Locale) => ({
  locale,
  t: (key: TextKey, vars?: Record<string, string | number>) => translate(locale, key, vars),
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

  it('has an English and a French wording for every rule and note id the API gives', () => {
    const unworded: string[] = [];
    for (const [language, messages] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const has = (key: string) => typeof (messages as Record<string, string>)[key] === 'string';
      for (const id of ruleIds) if (!has(`rule.${id}`)) unworded.push(`${language} rule.${id}`);
      // A note is worded once, or once per plural form when it counts something.
      for (const id of noteIds)
        if (!has(`note.${id}`) && !(has(`note.${id}.one`) && has(`note.${id}.other`)))
          unworded.push(`${language} note.${id}`);
    }
    expect(noteIds.length).toBeGreaterThan(30);
    expect(unworded).toEqual([]);
  });

  it('words the notes of the other reports: counts by plural rules, party names with the year of their figure', () => {
    const notes: ReportNote[] = [
      { id: 'pipeline-unvalued', params: { count: 1 } },
      { id: 'targets-estimates', params: { count: 2, year: '2025' } },
      { id: 'gdp-earlier-year', params: { party_years: ['DE 2023', 'PL 2022'] } },
      { id: 'source', params: { attribution: 'Kiel Institute, Ukraine Support Tracker' } },
    ];
    expect(notes.map((n) => noteText(n, words('en')))).toEqual([
      '1 commitment has no recorded amount (in kind, or vague): counted, not valued.',
      '2 ally figures for 2025 are NATO estimates.',
      'GDP of an earlier year for Germany (2023) and Poland (2022).',
      'Source: Kiel Institute, Ukraine Support Tracker.',
    ]);
    expect(notes.map((n) => noteText(n, words('fr')))).toEqual([
      '1 engagement n’a pas de montant enregistré (en nature, ou imprécis) : compté, non valorisé.',
      '2 chiffres d’alliés pour 2025 sont des estimations de l’OTAN.',
      'PIB d’une année antérieure pour Allemagne (2023) et Pologne (2022).',
      'Source : Kiel Institute, Ukraine Support Tracker.',
    ]);
  });
});
