/** Flat rows of the claims report, for tables and CSV: one row per claim, conflicts first. */
import type { ClaimGroup, ConflictGroup } from './claims.ts';

export function claimRows(
  conflicts: readonly ConflictGroup[],
  others: readonly ClaimGroup[],
): Record<string, string | number | null>[] {
  const rows = (groups: readonly ClaimGroup[], label: (i: number) => string | null) =>
    groups.flatMap((g, i) =>
      g.claims.map((c) => ({
        conflict: label(i),
        subject: g.subject,
        party: g.party,
        measure: g.measure,
        id: c.id,
        amount: c.amount,
        currency: c.currency,
        qualifier: c.qualifier,
        amount_eur: c.amount_eur,
        as_of: c.as_of,
        claimed_by: c.claimed_by,
        sources: c.sources.join(' '),
      })),
    );
  return [...rows(conflicts, (i) => `#${i + 1}`), ...rows(others, () => null)];
}
