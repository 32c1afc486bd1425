import { describe, expect, it } from 'vitest';
import type { BurdenRow } from '../../api/types.ts';
import {
  colourClasses,
  compareDecimals,
  compareViewHref,
  rankDonors,
  readCompareView,
} from './compare-view.ts';

const row = (donor: string, committed: string, perCapita: string | null): BurdenRow =>
  ({
    donor,
    committed: { amount: committed, amount_minor: committed.replace('.', '') },
    delivered: { amount: '0.00', amount_minor: '0' },
    share_pct: null,
    gdp_pct: null,
    per_capita: perCapita === null ? null : { amount: perCapita, amount_minor: perCapita.replace('.', '') },
  }) as BurdenRow;

describe('donor comparison', () => {
  it('compares decimal strings exactly, beyond what a float can hold', () => {
    expect(compareDecimals('9007199254740993.01', '9007199254740993.00')).toBe(1);
    expect(compareDecimals('2.50', '2.5')).toBe(0);
    expect(compareDecimals('-1', '0.00')).toBe(-1);
    expect(compareDecimals('10', '9.99')).toBe(1);
  });

  it('ranks by the measure, ties sharing a rank, donors without a figure last', () => {
    const ranked = rankDonors(
      [
        row('FR', '5.00', '0.10'),
        row('DE', '9.00', null),
        row('PL', '5.00', '0.30'),
        row('EE', '1.00', '0.30'),
      ],
      'per_capita',
    );
    expect(ranked.map((d) => [d.row.donor, d.rank])).toEqual([
      ['EE', 1],
      ['PL', 1],
      ['FR', 3],
      ['DE', null],
    ]);
    const { classOf, bounds } = colourClasses(ranked, 5);
    expect(bounds).toEqual([
      { low: '0.10', high: '0.10' },
      { low: '0.30', high: '0.30' },
      { low: '0.30', high: '0.30' },
    ]);
    expect(classOf.has('DE')).toBe(false);
  });

  it('keeps the view in the address and ignores what it does not know', () => {
    const view = readCompareView(new URLSearchParams('measure=gdp&currency=USD&donors=de,FR,x,FR'));
    expect(view).toEqual({ measure: 'gdp', currency: 'USD', donors: ['DE', 'FR'] });
    expect(compareViewHref(view)).toBe('/compare?measure=gdp&currency=USD&donors=DE%2CFR');
    expect(readCompareView(new URLSearchParams('measure=<b>&donors=1,2,3,4,5,6,7,8'))).toMatchObject({
      measure: 'value',
      donors: [],
    });
  });
});
