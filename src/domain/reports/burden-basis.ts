/**
 * The burden report on a valuation basis other than `record`: its per-donor, per-year sums (summed
 * on `record` in SQL) moved, commitment by commitment, by how much the value changes between
 * `record` and the basis — committed, the estimated parts, delivered (value × the commitment's
 * delivered share, rounded once, half to even) and the USD value behind the share of GDP. On
 * `record` every commitment keeps its value, so the sums are the SQL's.
 */
import { roundRatio, type Ratio } from '../money/decimal.ts';
import type { DonorYearSums } from './burden.ts';
import { valueUnder, type Valuation, type ValuationBasis, type ValuedCommitment } from './valuation.ts';

export interface CommitmentOnBasis {
  donor: string;
  year: number | null;
  /** Values in the report currency. */
  valued: ValuedCommitment;
  /** The same in USD (the share of GDP divides USD by USD). */
  valuedUsd: ValuedCommitment;
  /** Delivered share as known on the report date. */
  share: Ratio;
}

/** Whether `basis` values the commitment otherwise than `record` (another value, or as an estimate). */
export function changesOnBasis(c: ValuedCommitment, basis: ValuationBasis): boolean {
  const record = valueUnder(c, 'record');
  const other = valueUnder(c, basis);
  return record.value !== other.value || record.estimated !== other.estimated;
}

const value = (v: Valuation) => v.value ?? 0n;
const estimate = (v: Valuation) => (v.estimated ? value(v) : 0n);

export function sumsOnBasis(
  rows: readonly DonorYearSums[],
  commitments: readonly CommitmentOnBasis[],
  basis: ValuationBasis,
): DonorYearSums[] {
  const key = (donor: string, year: number | null) => `${donor}\t${year ?? ''}`;
  const moved = rows.map((r) => ({ ...r }));
  const byKey = new Map(moved.filter((r) => r.coDonorCount === 0).map((r) => [key(r.donor, r.year), r]));
  for (const c of commitments) {
    const row = byKey.get(key(c.donor, c.year));
    // Every commitment in the report's scope has its row (it is counted, valued or not).
    if (!row) throw new Error(`no burden row for ${c.donor} ${c.year}`);
    const from = valueUnder(c.valued, 'record');
    const to = valueUnder(c.valued, basis);
    const delivered = (v: Valuation) =>
      roundRatio({ num: value(v) * c.share.num, den: c.share.den }, 'half_even');
    row.committed += value(to) - value(from);
    row.estimated += estimate(to) - estimate(from);
    row.delivered += delivered(to) - delivered(from);
    row.deliveredEstimated += (to.estimated ? delivered(to) : 0n) - (from.estimated ? delivered(from) : 0n);
    row.committedUsd += value(valueUnder(c.valuedUsd, basis)) - value(valueUnder(c.valuedUsd, 'record'));
  }
  return moved;
}
