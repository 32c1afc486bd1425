/**
 * What a report or export says about its currency conversions: the last ECB rate date it used,
 * and every amount it could not convert, with the reason in words. Built once from the rows of
 * the conversion audit (conversion.sql.ts) and carried by every report, export and the overview,
 * so that no amount is left out of a total silently.
 */
import { formatScaled } from './decimal.ts';
import { minorUnits } from './money.ts';

export type UnconvertedReason =
  'no_value_date' | 'no_rates' | 'before_first_rate' | 'after_last_rate' | 'rate_gap';

export interface UnconvertedAmount {
  /** The record the amount belongs to (a commitment id, `package:<id>:<n>`, a claim id). */
  record: string;
  donor: string | null;
  /** Major units, exact decimal string. */
  amount: string;
  currency: string;
  value_date: string | null;
  reason: UnconvertedReason;
  /** The reason in words, naming the dates involved. */
  text: string;
}

export interface ConversionSummary {
  /** The currency the report converts to. */
  currency: string;
  /** The latest ECB publication date whose rates were used; null when none was needed. */
  rate_date: string | null;
  unconverted: UnconvertedAmount[];
}

/** One row of the conversion audit: `record` null carries the last rate date used. */
export interface ConversionAuditRow {
  record: string | null;
  donor: string | null;
  amount_minor: string | null;
  currency: string | null;
  value_date: string | null;
  rate_date: string | null;
  /** The currency whose rate was missing (the target when the amount is in EUR). */
  quoted: string | null;
  first_rate: string | null;
  last_rate: string | null;
  prior_rate: string | null;
}

const MAX_RATE_AGE_DAYS = 14;

function reasonOf(row: ConversionAuditRow): { reason: UnconvertedReason; text: string } {
  const quoted = row.quoted ?? row.currency ?? '?';
  if (!row.value_date)
    return { reason: 'no_value_date', text: 'no value date: neither a money date nor an announcement date' };
  if (!row.first_rate) return { reason: 'no_rates', text: `no ECB rate for ${quoted} is held at all` };
  if (!row.prior_rate)
    return {
      reason: 'before_first_rate',
      text: `dated ${row.value_date}, before the first ECB rate held for ${quoted} (${row.first_rate})`,
    };
  if (row.prior_rate === row.last_rate)
    return {
      reason: 'after_last_rate',
      text: `no ECB rate for ${quoted} within ${MAX_RATE_AGE_DAYS} days on or before ${row.value_date}: the last one held is of ${row.last_rate}`,
    };
  return {
    reason: 'rate_gap',
    text: `no ECB rate for ${quoted} within ${MAX_RATE_AGE_DAYS} days on or before ${row.value_date} (the nearest earlier is of ${row.prior_rate})`,
  };
}

function amountText(minor: string, currency: string): string {
  try {
    return formatScaled(BigInt(minor), minorUnits(currency));
  } catch {
    return minor;
  }
}

export function summariseConversion(
  currency: string,
  rows: readonly ConversionAuditRow[],
): ConversionSummary {
  const dates = rows.filter((r) => r.record === null && r.rate_date).map((r) => r.rate_date!);
  const unconverted = rows
    .filter((r) => r.record !== null)
    .map((r) => ({
      record: r.record!,
      donor: r.donor,
      amount: amountText(r.amount_minor ?? '0', r.currency ?? ''),
      currency: r.currency ?? '',
      value_date: r.value_date,
      ...reasonOf(r),
    }))
    .sort((a, b) => a.record.localeCompare(b.record));
  return { currency, rate_date: dates.length ? dates.sort().at(-1)! : null, unconverted };
}

/** Several summaries (a report that converts in two passes) as one. */
export function mergeConversions(
  currency: string,
  summaries: readonly ConversionSummary[],
): ConversionSummary {
  const dates = summaries.map((s) => s.rate_date).filter((d): d is string => d !== null);
  const seen = new Set<string>();
  const unconverted = summaries
    .flatMap((s) => s.unconverted)
    .filter((u) => {
      const key = `${u.record}|${u.currency}|${u.amount}|${u.value_date}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { currency, rate_date: dates.length ? dates.sort().at(-1)! : null, unconverted };
}

/** The summary as sentences, for table footers, notes and export metadata. */
export function conversionLines(summary: ConversionSummary): string[] {
  const lines = [
    summary.rate_date
      ? `Exchange rates: ECB reference rates, the last used of ${summary.rate_date}.`
      : `Exchange rates: no ECB rate was needed.`,
  ];
  if (summary.unconverted.length === 0) lines.push(`Every amount was converted to ${summary.currency}.`);
  else
    lines.push(
      `${summary.unconverted.length} amount(s) could not be converted to ${summary.currency} and are not in the totals:`,
      ...summary.unconverted.map(
        (u) =>
          `  ${u.record}${u.donor ? ` (${u.donor})` : ''}: ${u.currency} ${u.amount}${u.value_date ? ` of ${u.value_date}` : ''}: ${u.text}`,
      ),
    );
  return lines;
}

type Row = Record<string, string | number | null>;

/**
 * CSV rows that carry the summary: every row names the rate date, and each amount not converted
 * follows as a row of its own (its donor in `donor`, its reason in `not_converted`).
 */
export function withConversionRows(rows: readonly Row[], summary: ConversionSummary): Row[] {
  const columns = Object.keys(rows[0] ?? { donor: null });
  const blank = Object.fromEntries(columns.map((c) => [c, null]));
  return [
    ...rows.map((r) => ({ ...r, rates_through: summary.rate_date, not_converted: null })),
    ...summary.unconverted.map((u) => ({
      ...blank,
      ...('donor' in blank ? { donor: u.donor } : {}),
      rates_through: summary.rate_date,
      not_converted: `${u.record}: ${u.currency} ${u.amount}${u.value_date ? ` of ${u.value_date}` : ''}: ${u.text}`,
    })),
  ];
}
