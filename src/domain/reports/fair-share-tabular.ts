/** Flat rows of the fair-share report for tables and CSV: one per donor, ranked. */
import type { FairShareShape } from './fair-share.ts';

/** `source`: the attribution of the edition behind the contributions, as a column when there is one. */
export function fairShareRows(
  donors: FairShareShape['donors'],
  source: string | null = null,
): Record<string, string | number | null>[] {
  return donors.map((d) => ({
    rank: d.rank,
    donor: d.donor,
    contribution: d.contribution.amount,
    pct_gdp: d.pct_gdp,
    ask: d.ask?.value.amount ?? null,
    ask_over: d.ask?.over.amount ?? null,
    ask_pct: d.ask?.ratio_pct ?? null,
    gdp_share: d.gdp_share?.value.amount ?? null,
    gdp_share_over: d.gdp_share?.over.amount ?? null,
    nato_path: d.nato_path?.value.amount ?? null,
    nato_path_over: d.nato_path?.over.amount ?? null,
    low: d.range?.low.amount ?? null,
    high: d.range?.high.amount ?? null,
    ranks: d.rank_range ? `${d.rank_range.best}-${d.rank_range.worst}` : null,
    gdp_year: d.gdp?.year ?? null,
    ...(source === null ? {} : { source }),
  }));
}
