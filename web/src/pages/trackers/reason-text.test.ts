import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import type { Locale } from '../../lib/format.ts';
import { reasonText, type Reason } from './reason-text.ts';

const words = (locale: Locale) => ({ locale, t: translate.bind(null, locale) });

describe('reasons a donor’s figures differ', () => {
  const period: Reason = {
    code: 'period',
    params: { count: 1, date: '2026-04-30', eur_minor: '125000000000' },
    text: '1 record(s) announced after the cut-off 2026-04-30 (EUR 1.250 bn) are left out',
  };
  const notSummed: Reason = {
    code: 'not_summed',
    params: { count: 2, vague: 0, unvalued: 2 },
    text: '0 vague and 2 unvalued commitment(s) are counted but carry no amount',
  };
  const valuation: Reason = {
    code: 'valuation',
    params: { eur_minor: '706400000000', price_list_eur_minor: '564900000000' },
    text: '…',
  };

  it('words them in French from their code and figures, with plurals, dates and amounts the French way', () => {
    expect(reasonText(period, words('fr'))).toBe(
      '1 engagement annoncé après la date d’arrêt du 30 avr. 2026 (1,250 Md EUR) est laissé de côté.',
    );
    expect(reasonText(notSummed, words('fr'))).toBe(
      '2 engagements sont comptés mais sans montant (imprécis : 0, non valorisés : 2).',
    );
    expect(reasonText(valuation, words('fr'))).toContain('à 5,649 Md EUR (barème de Kiel)');
  });

  it('words them in English, singular and plural', () => {
    expect(reasonText(period, words('en'))).toBe(
      '1 record announced after the cut-off of 30 Apr 2026 (EUR 1.250 bn) is left out.',
    );
    expect(reasonText(notSummed, words('en'))).toBe(
      '2 commitments are counted but carry no amount (0 vague, 2 unvalued).',
    );
  });

  it('keeps the server’s English for a code the client does not know', () => {
    const unknown = { code: 'new_reason', params: {}, text: 'a new reason' } as unknown as Reason;
    expect(reasonText(unknown, words('fr'))).toBe('a new reason');
  });
});
