/**
 * The overview's monthly series: value committed per announcement month, by mode of giving, as
 * the value-over-time report sums it on the server over every commitment (never a count of a
 * page of the ledger). Pure, so that it is tested without a browser.
 */
import type { ValueOverTimeReport } from '../../api/types.ts';

export type OverviewCurrency = 'EUR' | 'USD';

/** The read of the monthly chart: the value-over-time report in the overview's currency. */
export const monthlyQuery = (currency: OverviewCurrency) => ({ query: { currency } }) as const;

export interface MonthlyValue {
  months: string[];
  /** One line per mode that has a value in some month, in the report's order; exact decimal strings. */
  lines: { mode: ValueOverTimeReport['series'][number]['mode']; values: string[] }[];
  /** The sum of the lines, month by month. */
  totals: string[];
}

export function monthlyCommitted(report: ValueOverTimeReport): MonthlyValue {
  return {
    months: report.months,
    lines: report.series
      .filter((s) => s.measure === 'committed' && s.monthly.some((v) => !/^0(\.0+)?$/.test(v)))
      .map((s) => ({ mode: s.mode, values: s.monthly })),
    totals: report.totals.committed.monthly,
  };
}
