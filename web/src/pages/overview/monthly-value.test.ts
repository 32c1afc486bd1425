import { describe, expect, it } from 'vitest';
import type { ValueOverTimeReport } from '../../api/types.ts';
import { monthlyCommitted } from './monthly-value.ts';

const line = (measure: 'committed' | 'delivered', mode: string, monthly: string[]) =>
  ({ measure, mode, monthly, cumulative: [], total: { amount: '0', amount_minor: '0' } }) as never;

const report = {
  months: ['2022-11', '2022-12', '2023-01'],
  series: [
    line('committed', 'donation', ['10.00', '0.00', '5.00']),
    line('committed', 'pooled', ['0.00', '0.00', '0.00']),
    line('delivered', 'donation', ['0.00', '3.00', '0.00']),
    line('committed', 'unknown', ['0.00', '0.00', '1.50']),
  ],
  totals: { committed: { monthly: ['10.00', '0.00', '6.50'] } },
} as unknown as ValueOverTimeReport;

describe('monthly committed value', () => {
  it('keeps every month of the report and the committed lines that have a value', () => {
    const series = monthlyCommitted(report);
    expect(series.months).toEqual(['2022-11', '2022-12', '2023-01']);
    expect(series.lines).toEqual([
      { mode: 'donation', values: ['10.00', '0.00', '5.00'] },
      { mode: 'unknown', values: ['0.00', '0.00', '1.50'] },
    ]);
    expect(series.totals).toEqual(['10.00', '0.00', '6.50']);
  });
});
