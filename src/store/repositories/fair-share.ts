/** What the fair-share report reads besides the ledger: GDP, NATO defence expenditure, ECB means, its benchmark. */
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';

export interface IndicatorFigureRow {
  party_code: string;
  year: number;
  value: string;
  edition: string;
  quality: string;
}

export interface BenchmarkTargetRow {
  id: string;
  name: string;
  value: string;
  agreed_at: string | null;
  agreed_on: string | null;
  sources: string[];
}

export const fairShareInputs = {
  /**
   * Per party, the figure of `indicator` for `year`, or the latest year before it: primary
   * quality first, then transcribed. Secondary (press-reported) figures are never used.
   */
  async latestIndicator(
    db: Queryable,
    indicator: string,
    parties: readonly string[],
    year: number,
  ): Promise<IndicatorFigureRow[]> {
    return rowsOf(
      db,
      sql<IndicatorFigureRow>`SELECT DISTINCT ON (party_code) party_code, year, value::text AS value, edition, quality
         FROM indicators
        WHERE indicator = ${indicator} AND party_code = ANY(${[...parties]}::text[]) AND year <= ${year}
          AND quality IN ('primary', 'transcribed')
        ORDER BY party_code, year DESC, (quality = 'primary') DESC, edition`,
    );
  },

  /** The ECB USD reference rates of a year: their sum (exact) and how many there are. */
  async usdRates(db: Queryable, year: number): Promise<{ sum: string | null; count: number }> {
    const [row] = await rowsOf(
      db,
      sql<{
        sum: string | null;
        count: number;
      }>`SELECT sum(rate)::text AS sum, count(*)::int AS count FROM exchange_rates
        WHERE currency = 'USD' AND rate_date >= make_date(${year}::int, 1, 1) AND rate_date < make_date(${year + 1}::int, 1, 1)`,
    );
    return row ?? { sum: null, count: 0 };
  },

  async target(db: Queryable, id: string): Promise<BenchmarkTargetRow | undefined> {
    const [row] = await rowsOf(
      db,
      sql<BenchmarkTargetRow>`SELECT t.id, t.name, t.value::text AS value, t.agreed_at, t.agreed_on::text AS agreed_on,
              coalesce(array_agg(s.url ORDER BY rs.position) FILTER (WHERE s.url IS NOT NULL), '{}') AS sources
         FROM targets t
         LEFT JOIN record_sources rs ON rs.record_type = 'target' AND rs.record_id = t.id
         LEFT JOIN sources s ON s.id = rs.source_id
        WHERE t.id = ${id} GROUP BY t.id`,
    );
    return row;
  },
};
