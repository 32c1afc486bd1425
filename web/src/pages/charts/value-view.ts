/**
 * The value-over-time view as it lives in the address bar (a permalink restores it), and its
 * figures as CSV rows. Pure, so it is tested without a browser.
 */
import { query, type ReadParams } from '../../api/client.ts';
import type { ValueOverTimeReport } from '../../api/types.ts';

export const currencies = ['EUR', 'USD'] as const;
export const splits = ['mode', 'measure'] as const;
export const measures = ['committed', 'delivered'] as const;
export const scales = ['monthly', 'cumulative'] as const;

export interface ValueView {
  currency: (typeof currencies)[number];
  /** Stacked by mode of giving (for one measure), or committed beside delivered. */
  split: (typeof splits)[number];
  measure: (typeof measures)[number];
  scale: (typeof scales)[number];
  donor: string | null;
}

const defaults: ValueView = {
  currency: 'EUR',
  split: 'mode',
  measure: 'committed',
  scale: 'monthly',
  donor: null,
};

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function readValueView(search: URLSearchParams): ValueView {
  const donor = search.get('donor')?.trim().toUpperCase() ?? '';
  return {
    currency: pick(currencies, search.get('currency'), defaults.currency),
    split: pick(splits, search.get('split'), defaults.split),
    measure: pick(measures, search.get('measure'), defaults.measure),
    scale: pick(scales, search.get('scale'), defaults.scale),
    donor: /^[A-Z0-9-]{2,12}$/.test(donor) ? donor : null,
  };
}

/** The page's address for a view: only what differs from the default. */
export function valueViewHref(view: ValueView): string {
  const differs = <K extends keyof ValueView>(key: K) => (view[key] === defaults[key] ? null : view[key]);
  return `/value-over-time${query({
    currency: differs('currency'),
    split: differs('split'),
    measure: view.split === 'mode' ? differs('measure') : null,
    scale: differs('scale'),
    donor: view.donor,
  })}`;
}

/** The API query of the report a view needs. */
export const valueReportQuery = (
  view: ValueView,
): NonNullable<ReadParams<'/api/v1/reports/value-over-time'>['query']> => ({
  currency: view.currency,
  donors: view.donor,
});

export interface Line {
  key: string;
  values: string[];
}

/** The lines a view draws: one per mode of the chosen measure, or committed and delivered. */
export function viewLines(report: ValueOverTimeReport, view: ValueView): Line[] {
  if (view.split === 'measure')
    return measures.map((m) => ({ key: m, values: report.totals[m][view.scale] }));
  return report.series
    .filter((s) => s.measure === view.measure)
    .map((s) => ({ key: s.mode, values: s[view.scale] }));
}

/**
 * The figures of the view as CSV rows: a month per row, a column per line (exact amounts). Every
 * row names the last ECB rate date used (`rates_through`); each amount that could not be
 * converted, and so is in no figure, follows as a row of its own with why (`not_converted`).
 */
export function viewCsvRows(
  report: ValueOverTimeReport,
  lines: Line[],
  names: (key: string) => string,
): string[][] {
  const rates = report.conversion.rate_date ?? '';
  return [
    ['month', ...lines.map((l) => `${names(l.key)} (${report.currency})`), 'rates_through', 'not_converted'],
    ...report.months.map((month, i) => [month, ...lines.map((l) => l.values[i] ?? ''), rates, '']),
    ...report.conversion.unconverted.map((u) => [
      '',
      ...lines.map(() => ''),
      rates,
      `${u.record}${u.donor ? ` (${u.donor})` : ''}: ${u.currency} ${u.amount}${u.value_date ? ` of ${u.value_date}` : ''}: ${u.text}`,
    ]),
  ];
}
