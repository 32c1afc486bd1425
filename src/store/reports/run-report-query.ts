/**
 * Runs one large report query with JIT compilation off. The planner's cost estimates for
 * CTE-heavy aggregations are far too high, which makes PostgreSQL spend seconds compiling a
 * query that runs in a fraction of that; PGlite has no JIT, and the setting is harmless there.
 */
import type { RawBuilder } from 'kysely';
import type { Database } from '../database.ts';
import { kysely } from '../kysely.ts';

/**
 * `setWide`: every join of the query spans whole sets, so nested loops are refused. With row
 * estimates gone stale (PGlite runs no autovacuum, so a bulk update leaves the statistics of
 * before), the planner takes a CTE for one row and joins it by nested loops over CTEs without
 * indexes: quadratic time.
 */
export function runReportQuery<Row>(
  db: Database,
  query: RawBuilder<Row>,
  { setWide = false } = {},
): Promise<Row[]> {
  const compiled = query.compile(kysely(db));
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    if (setWide) await tx.query('SET LOCAL enable_nestloop = off');
    return tx.query<Row>(compiled.sql, compiled.parameters);
  });
}
