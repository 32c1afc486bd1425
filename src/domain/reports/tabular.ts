/** Flat rows of a burden report, for tables and CSV. */
import type { DonorBurden } from './burden.ts';

/** `range`: the committed value's lowest and highest across valuation bases, when it includes estimates. */
type WithRange = DonorBurden & { range?: { low: { amount: string }; high: { amount: string } } | null };

export function burdenRows(donors: readonly WithRange[]): Record<string, string | number | null>[] {
  return donors.map((d) => ({
    donor: d.donor,
    committed: d.committed.amount,
    delivered: d.delivered.amount,
    share_pct: d.share_pct,
    gdp_pct: d.gdp_pct,
    estimated: d.estimated.amount,
    estimated_pct: d.estimated_pct,
    delivered_estimated_pct: d.delivered_estimated_pct,
    low: d.range?.low.amount ?? null,
    high: d.range?.high.amount ?? null,
    recorded: d.counts.recorded,
    estimated_n: d.counts.estimated,
    package_shares: d.counts.package_shares,
    vague: d.counts.vague,
    unvalued: d.counts.unvalued,
    co_donor_in: d.co_donor_in,
  }));
}
