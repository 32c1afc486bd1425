/** GDP (current USD, primary quality) of the given parties, by year. */
import type { GdpTable } from '../../domain/reports/burden.ts';
import type { Queryable } from '../../store/database.ts';

export async function loadGdp(db: Queryable, parties: readonly string[]): Promise<GdpTable> {
  const rows = await db.query<{ party_code: string; year: number; value: string }>(
    `SELECT party_code, year, value::text AS value FROM indicators
      WHERE indicator = 'gdp_usd' AND quality = 'primary' AND party_code = ANY($1::text[])`,
    [parties],
  );
  const table = new Map<string, Map<number, string>>();
  for (const r of rows) {
    const byYear = table.get(r.party_code) ?? new Map<number, string>();
    byYear.set(r.year, r.value);
    table.set(r.party_code, byYear);
  }
  return table;
}
