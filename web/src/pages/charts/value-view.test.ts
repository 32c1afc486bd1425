import { describe, expect, it } from 'vitest';
import { address } from '../../api/client.ts';
import { readValueView, valueReportQuery, valueViewHref, viewCsvRows, viewLines } from './value-view.ts';
import type { ValueOverTimeReport } from '../../api/types.ts';

const figure = (amount: string) => ({ amount, amount_minor: amount.replace('.', '') });
const report = {
  currency: 'USD',
  recipient: 'UA',
  donors: null,
  months: ['2025-01', '2025-02'],
  series: [
    {
      measure: 'committed',
      mode: 'donation',
      monthly: ['1.00', '2.50'],
      cumulative: ['1.00', '3.50'],
      total: figure('3.50'),
    },
    {
      measure: 'committed',
      mode: 'pooled',
      monthly: ['0.00', '4.00'],
      cumulative: ['0.00', '4.00'],
      total: figure('4.00'),
    },
  ],
  totals: {
    committed: { monthly: ['1.00', '6.50'], cumulative: ['1.00', '7.50'], total: figure('7.50') },
    delivered: { monthly: ['0.00', '1.00'], cumulative: ['0.00', '1.00'], total: figure('1.00') },
  },
  undated: { committed: figure('0.00'), delivered: figure('0.00') },
  counts: { valued: 4, unconvertible: 1, vague: 0, unvalued: 0 },
  conversion: {
    currency: 'USD',
    rate_date: '2025-02-14',
    unconverted: [
      {
        record: 'pl-hryvnia',
        donor: 'PL',
        amount: '1000000.50',
        currency: 'UAH',
        value_date: '2025-02-03',
        reason: 'no_rates',
        text: 'no ECB rate for UAH is held at all',
      },
    ],
  },
  rules: [],
  notes: [],
} as unknown as ValueOverTimeReport;

describe('value-over-time view', () => {
  it('restores a view from its permalink, and keeps the default view short', () => {
    const view = readValueView(
      new URLSearchParams('currency=USD&split=mode&measure=delivered&scale=cumulative&donor=de'),
    );
    expect(view).toEqual({
      currency: 'USD',
      split: 'mode',
      measure: 'delivered',
      scale: 'cumulative',
      donor: 'DE',
    });
    expect(readValueView(new URLSearchParams(valueViewHref(view).split('?')[1]))).toEqual(view);
    expect(valueViewHref(readValueView(new URLSearchParams()))).toBe('/value-over-time');
    expect(address('/api/v1/reports/value-over-time', { query: valueReportQuery(view) })).toBe(
      '/api/v1/reports/value-over-time?currency=USD&donors=DE',
    );
  });

  it('ignores values it does not know instead of failing', () => {
    const view = readValueView(new URLSearchParams('currency=GBP&scale=weekly&donor=%3Cscript%3E'));
    expect(view).toEqual({
      currency: 'EUR',
      split: 'mode',
      measure: 'committed',
      scale: 'monthly',
      donor: null,
    });
  });

  it('writes the drawn lines as CSV with exact amounts', () => {
    const byMode = viewLines(report, readValueView(new URLSearchParams('scale=cumulative')));
    expect(viewCsvRows(report, byMode, (k) => k)).toEqual([
      ['month', 'donation (USD)', 'pooled (USD)', 'rates_through', 'not_converted'],
      ['2025-01', '1.00', '0.00', '2025-02-14', ''],
      ['2025-02', '3.50', '4.00', '2025-02-14', ''],
      [
        '',
        '',
        '',
        '2025-02-14',
        'pl-hryvnia (PL): UAH 1000000.50 of 2025-02-03: no ECB rate for UAH is held at all',
      ],
    ]);
    const both = viewLines(report, readValueView(new URLSearchParams('split=measure')));
    expect(both.map((l) => [l.key, l.values])).toEqual([
      ['committed', ['1.00', '6.50']],
      ['delivered', ['0.00', '1.00']],
    ]);
  });
});
