/**
 * Value over time: monthly sums per measure (committed, delivered) and mode of giving shaped into
 * continuous monthly and cumulative series. Pure: the sums come from the database.
 */
import { figure, type MoneyFigure } from './burden.ts';

export const valueMeasures = ['committed', 'delivered'] as const;
export type ValueMeasure = (typeof valueMeasures)[number];

/** Modes of giving in the order of the chart; `unknown` when a record does not say. */
export const seriesModes = [
  'donation',
  'industry',
  'funded_purchase',
  'pooled',
  'financial',
  'unknown',
] as const;
export type SeriesMode = (typeof seriesModes)[number];

/** The counting rules, as ids the client words in its language. */
export const valueOverTimeRules = [
  'burden-rules',
  'committed-in-announcement-month',
  'delivered-in-delivery-month',
  'package-delivered-in-its-month',
] as const;

export interface MonthSum {
  measure: ValueMeasure;
  month: string | null;
  mode: string | null;
  minor: bigint | null;
  valued: number;
  unconvertible: number;
}

export interface ValueSeries {
  measure: ValueMeasure;
  mode: SeriesMode;
  monthly: string[];
  cumulative: string[];
  total: MoneyFigure;
}

export interface ValueOverTime {
  months: string[];
  series: ValueSeries[];
  totals: Record<ValueMeasure, { monthly: string[]; cumulative: string[]; total: MoneyFigure }>;
  undated: Record<ValueMeasure, MoneyFigure>;
  counts: { valued: number; unconvertible: number; vague: number; unvalued: number };
}

/** Every month from the first to the last, YYYY-MM. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

const seriesMode = (mode: string | null): SeriesMode =>
  (seriesModes as readonly string[]).includes(mode ?? '') ? (mode as SeriesMode) : 'unknown';

function accumulate(monthly: bigint[]): bigint[] {
  let sum = 0n;
  return monthly.map((v) => (sum += v));
}

export function shapeValueOverTime(
  rows: readonly MonthSum[],
  unsummed: { vague: number; unvalued: number },
  currency: string,
): ValueOverTime {
  const text = (minor: bigint) => figure(minor, currency).amount;
  const dated = rows.filter((r) => r.month !== null).map((r) => r.month!);
  const months = dated.length
    ? monthRange(
        dated.reduce((a, b) => (a < b ? a : b)),
        dated.reduce((a, b) => (a > b ? a : b)),
      )
    : [];
  const index = new Map(months.map((m, i) => [m, i]));
  const grid = new Map<string, bigint[]>();
  const undated: Record<ValueMeasure, bigint> = { committed: 0n, delivered: 0n };
  const counts = { valued: 0, unconvertible: 0, ...unsummed };
  for (const row of rows) {
    if (row.measure === 'committed') {
      counts.valued += row.valued;
      counts.unconvertible += row.unconvertible;
    }
    const value = row.minor ?? 0n;
    if (row.month === null) {
      undated[row.measure] += value;
      continue;
    }
    const key = `${row.measure}\t${seriesMode(row.mode)}`;
    let values = grid.get(key);
    if (!values) grid.set(key, (values = months.map(() => 0n)));
    values[index.get(row.month)!]! += value;
  }
  const series: ValueSeries[] = [];
  const totals = {} as ValueOverTime['totals'];
  for (const measure of valueMeasures) {
    const sum = months.map(() => 0n);
    for (const mode of seriesModes) {
      const monthly = grid.get(`${measure}\t${mode}`);
      if (!monthly || monthly.every((v) => v === 0n)) continue;
      monthly.forEach((v, i) => (sum[i]! += v));
      const cumulative = accumulate(monthly);
      series.push({
        measure,
        mode,
        monthly: monthly.map(text),
        cumulative: cumulative.map(text),
        total: figure(cumulative.at(-1) ?? 0n, currency),
      });
    }
    const cumulative = accumulate(sum);
    totals[measure] = {
      monthly: sum.map(text),
      cumulative: cumulative.map(text),
      total: figure(cumulative.at(-1) ?? 0n, currency),
    };
  }
  return {
    months,
    series,
    totals,
    undated: {
      committed: figure(undated.committed, currency),
      delivered: figure(undated.delivered, currency),
    },
    counts,
  };
}

export interface ValueNote {
  id: 'unconvertible' | 'vague' | 'unvalued' | 'undated';
  count: number;
  committed?: string;
  delivered?: string;
}

/** What the figures leave out, so that no amount is missing silently (worded by the client). */
export function valueOverTimeNotes(shaped: ValueOverTime): ValueNote[] {
  const notes: ValueNote[] = [];
  const { counts, undated } = shaped;
  for (const id of ['unconvertible', 'vague', 'unvalued'] as const)
    if (counts[id] > 0) notes.push({ id, count: counts[id] });
  if (undated.committed.amount_minor !== '0' || undated.delivered.amount_minor !== '0')
    notes.push({
      id: 'undated',
      count: 0,
      committed: undated.committed.amount,
      delivered: undated.delivered.amount,
    });
  return notes;
}
