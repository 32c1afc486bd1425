/**
 * Runs one large report query with JIT compilation off. The planner's cost estimates for
 * CTE-heavy aggregations are far too high, which makes PostgreSQL spend seconds compiling a
 * query that runs in a fraction of that; PGlite has no JIT, and the setting is harmless there.
 */
import type { Database } from '../database.ts';

export function runReportQuery<Row>(db: Database, sql: string, params: readonly unknown[]): Promise<Row[]> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    return tx.query<Row>(sql, params);
  });
}
