import { describe, expect, it } from 'vitest';
import {
  conversionLines,
  summariseConversion,
  withConversionRows,
  type ConversionAuditRow,
} from './conversion-summary.ts';

const row = (over: Partial<ConversionAuditRow>): ConversionAuditRow => ({
  record: 'c1',
  donor: 'NO',
  amount_minor: '50000000000',
  currency: 'NOK',
  value_date: '2026-06-01',
  rate_date: null,
  quoted: 'NOK',
  first_rate: '1999-01-04',
  last_rate: '2026-04-13',
  prior_rate: '2026-04-13',
  ...over,
});

describe('conversion summary', () => {
  const summary = summariseConversion('EUR', [
    { ...row({ record: null }), rate_date: '2026-04-10' },
    { ...row({ record: null }), rate_date: '2026-04-13' },
    row({}),
    row({
      record: 'c2',
      donor: 'UA',
      currency: 'UAH',
      quoted: 'UAH',
      amount_minor: '12345',
      first_rate: null,
      last_rate: null,
      prior_rate: null,
    }),
    row({ record: 'c3', value_date: null }),
    row({ record: 'c4', value_date: '1998-06-01', prior_rate: null }),
    row({ record: 'c5', value_date: '2022-06-01', prior_rate: '2022-03-01', last_rate: '2026-04-13' }),
  ]);

  it('names the last rate date used and each amount left out, with its reason', () => {
    expect(summary.rate_date).toBe('2026-04-13');
    expect(summary.unconverted.map((u) => [u.record, u.amount, u.reason])).toEqual([
      ['c1', '500000000.00', 'after_last_rate'],
      ['c2', '123.45', 'no_rates'],
      ['c3', '500000000.00', 'no_value_date'],
      ['c4', '500000000.00', 'before_first_rate'],
      ['c5', '500000000.00', 'rate_gap'],
    ]);
    expect(summary.unconverted[0]!.text).toContain('the last one held is of 2026-04-13');
    expect(summary.unconverted[1]!.text).toBe('no ECB rate for UAH is held at all');
  });

  it('says so in sentences and in CSV rows, one per amount left out', () => {
    const lines = conversionLines(summary);
    expect(lines[0]).toContain('2026-04-13');
    expect(lines[1]).toContain('5 amount(s) could not be converted to EUR');
    const csv = withConversionRows([{ donor: 'DE', committed: '1.00' }], summary);
    expect(csv).toHaveLength(6);
    expect(csv[0]).toEqual({
      donor: 'DE',
      committed: '1.00',
      rates_through: '2026-04-13',
      not_converted: null,
    });
    expect(csv[2]).toMatchObject({
      donor: 'UA',
      committed: null,
      not_converted: expect.stringContaining('UAH 123.45'),
    });
  });

  it('says no rate was needed when nothing was converted', () => {
    expect(conversionLines(summariseConversion('EUR', []))).toEqual([
      'Exchange rates: no ECB rate was needed.',
      'Every amount was converted to EUR.',
    ]);
  });
});
