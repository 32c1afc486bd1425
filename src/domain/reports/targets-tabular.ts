/** Flat rows of the spending-targets report: one per ally (then aggregates), a pair of columns per line. */
import type { AllySpending, SpendingLine } from './targets.ts';

export function targetRows(
  lines: readonly SpendingLine[],
  rows: readonly AllySpending[],
  withSecondary: boolean,
): Record<string, string | number | null>[] {
  return rows.map((r) => {
    const row: Record<string, string | number | null> = { party: r.party, pct_gdp: r.pct_gdp };
    for (const line of lines) {
      const check = r.lines.find((c) => c.line === line.id);
      row[`at_${line.value}`] = check ? (check.at_or_above ? 'yes' : 'no') : null;
      row[`gap_${line.value}`] = check?.gap_pp ?? null;
    }
    if (withSecondary) {
      row.secondary_year = r.secondary?.year ?? null;
      row.secondary_pct_gdp = r.secondary?.pct_gdp ?? null;
    }
    return row;
  });
}
