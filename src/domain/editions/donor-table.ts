/** An edition's donor table, its internal consistency checks and the diff of two editions (pure). */
import type { DonorSeriesSum, PeriodSum } from './sums.ts';
import { donorTableSeries } from './edition.ts';

export type DonorTableSeries = (typeof donorTableSeries)[number];

export interface DonorTableRow {
  party_code: string;
  donor_name: string;
  /** EUR cents per series; null where the edition does not publish it. */
  values: Record<DonorTableSeries, bigint | null>;
}

export function shapeDonorTable(sums: readonly DonorSeriesSum[]): DonorTableRow[] {
  const rows = new Map<string, DonorTableRow>();
  for (const s of sums) {
    const row =
      rows.get(s.party_code) ??
      ({
        party_code: s.party_code,
        donor_name: s.donor_name,
        values: Object.fromEntries(donorTableSeries.map((k) => [k, null])) as DonorTableRow['values'],
      } satisfies DonorTableRow);
    row.values[s.series as DonorTableSeries] = s.amount_minor;
    rows.set(s.party_code, row);
  }
  // Largest total allocation first, as the publisher ranks donors.
  return [...rows.values()].sort((a, b) => {
    const d = (b.values['allocation.total'] ?? 0n) - (a.values['allocation.total'] ?? 0n);
    return d > 0n ? 1 : d < 0n ? -1 : a.party_code.localeCompare(b.party_code);
  });
}

/** EUR 5 million: rounding and processing noise below it is not a disagreement. */
export const RECONCILE_TOLERANCE_MINOR = 500_000_000n;

export interface RowsTableCheck {
  party_code: string;
  donor_name: string;
  rows_minor: bigint | null;
  table_minor: bigint | null;
  difference_minor: bigint | null;
  status: 'reconciled' | 'unreconciled' | 'only_in_rows' | 'only_in_table';
}

const abs = (n: bigint) => (n < 0n ? -n : n);

/** The sum of an edition's allocation rows per donor against its own country table. */
export function checkRowsAgainstTable(
  rowSums: ReadonlyMap<string, { donor_name: string; amount_minor: bigint }>,
  table: readonly DonorTableRow[],
): RowsTableCheck[] {
  const checks: RowsTableCheck[] = table.map((t) => {
    const rows = rowSums.get(t.party_code);
    const tableMinor = t.values['allocation.total'];
    if (!rows)
      return {
        party_code: t.party_code,
        donor_name: t.donor_name,
        rows_minor: null,
        table_minor: tableMinor,
        difference_minor: null,
        status: 'only_in_table',
      };
    const difference = rows.amount_minor - (tableMinor ?? 0n);
    return {
      party_code: t.party_code,
      donor_name: t.donor_name,
      rows_minor: rows.amount_minor,
      table_minor: tableMinor,
      difference_minor: difference,
      status: abs(difference) <= RECONCILE_TOLERANCE_MINOR ? 'reconciled' : 'unreconciled',
    };
  });
  for (const [party, rows] of rowSums) {
    if (!table.some((t) => t.party_code === party))
      checks.push({
        party_code: party,
        donor_name: rows.donor_name,
        rows_minor: rows.amount_minor,
        table_minor: null,
        difference_minor: null,
        status: 'only_in_rows',
      });
  }
  return checks;
}

export interface PeriodCheck {
  period: string;
  sum_minor: bigint;
  published_minor: bigint | null;
  difference_minor: bigint | null;
}

/** Per month, the sum over donors against the published all-donor total. */
export function checkPeriodTotals(
  donorSums: readonly PeriodSum[],
  published: readonly PeriodSum[],
): PeriodCheck[] {
  const byPeriod = new Map(published.map((p) => [p.period, p.amount_minor]));
  return donorSums.map((d) => {
    const total = byPeriod.get(d.period) ?? null;
    return {
      period: d.period,
      sum_minor: d.amount_minor,
      published_minor: total,
      difference_minor: total === null ? null : d.amount_minor - total,
    };
  });
}

export interface DiffRow {
  party_code: string;
  donor_name: string;
  series: DonorTableSeries;
  from_minor: bigint | null;
  to_minor: bigint | null;
  change_minor: bigint | null;
  /** Revised, unchanged within the coarser edition's rounding, or published in one edition only. */
  status: 'revised' | 'unchanged' | 'only_in_from' | 'only_in_to';
}

/** Per donor and aid type, what changed from one edition's donor table to another's. */
export function diffDonorTables(
  from: readonly DonorTableRow[],
  to: readonly DonorTableRow[],
  roundingMinor: bigint,
): DiffRow[] {
  const parties = [...new Set([...from, ...to].map((r) => r.party_code))];
  const rows: DiffRow[] = [];
  for (const party of parties) {
    const a = from.find((r) => r.party_code === party);
    const b = to.find((r) => r.party_code === party);
    for (const series of donorTableSeries) {
      const x = a?.values[series] ?? null;
      const y = b?.values[series] ?? null;
      if (x === null && y === null) continue;
      const change = x === null || y === null ? null : y - x;
      rows.push({
        party_code: party,
        donor_name: (b ?? a)!.donor_name,
        series,
        from_minor: x,
        to_minor: y,
        change_minor: change,
        status:
          change === null
            ? x === null
              ? 'only_in_to'
              : 'only_in_from'
            : 2n * abs(change) <= roundingMinor
              ? 'unchanged'
              : 'revised',
      });
    }
  }
  return rows;
}
