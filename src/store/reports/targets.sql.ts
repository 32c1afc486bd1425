/** The spending lines (table `targets`) and NATO's defence expenditure figures (table `indicators`). */
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';

export const SPENDING_INDICATOR = 'defence_expenditure_pct_gdp';
export const TWO_PERCENT = 'nato-2pct-gdp-wales-2014';
export const HAGUE = 'nato-5pct-gdp-hague-2025';
export const HAGUE_CORE = 'core-defence';

export interface TargetRow {
  id: string;
  name: string;
  value: string;
  deadline_year: number | null;
  components: { id: string; value: number; description?: string }[];
}

export function loadTargets(db: Queryable): Promise<TargetRow[]> {
  return rowsOf(
    db,
    sql<TargetRow>`SELECT id, name, value::text AS value, deadline_year, components FROM targets
      WHERE id = ANY(${[TWO_PERCENT, HAGUE]}::text[])`,
  );
}

export interface IndicatorRow {
  party_code: string;
  kind: string;
  year: number;
  value: string;
  edition: string;
  quality: string;
  is_estimate: boolean;
  source: string;
}

/**
 * Primary figures of `year` (null: the latest year with any) and, when asked, the secondary
 * figures of the latest year that has them.
 */
export function loadSpending(
  db: Queryable,
  year: number | null,
  secondary: boolean,
): Promise<IndicatorRow[]> {
  const indicator = SPENDING_INDICATOR;
  return rowsOf(
    db,
    sql<IndicatorRow>`WITH chosen AS (
       SELECT coalesce(${year}::int, (SELECT max(year) FROM indicators WHERE indicator = ${indicator} AND quality = 'primary')) AS year
     )
     SELECT i.party_code, p.kind, i.year, i.value::text AS value, i.edition, i.quality, i.is_estimate, i.source
       FROM indicators i JOIN parties p ON p.code = i.party_code
      WHERE i.indicator = ${indicator}
        AND ((i.quality = 'primary' AND i.year = (SELECT year FROM chosen))
          OR (${secondary}::boolean AND i.quality = 'secondary'
              AND i.year = (SELECT max(year) FROM indicators WHERE indicator = ${indicator} AND quality = 'secondary')))
      ORDER BY i.party_code, i.edition`,
  );
}

export async function latestPrimaryYear(db: Queryable): Promise<number | null> {
  const [row] = await rowsOf(
    db,
    sql<{ year: number | null }>`SELECT max(year) AS year FROM indicators
      WHERE indicator = ${SPENDING_INDICATOR} AND quality = 'primary'`,
  );
  return row?.year ?? null;
}
