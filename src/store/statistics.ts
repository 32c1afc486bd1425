/**
 * The planner's statistics after a bulk write. PostgreSQL's autovacuum refreshes them some time
 * after a table has changed enough; the embedded database runs no autovacuum at all, so after an
 * import its statistics still describe the tables as they were before (a column that the import
 * filled is still "always empty"), and report queries are planned for a handful of rows where
 * there are thousands. An import that changed enough records therefore refreshes them at once,
 * by the threshold autovacuum uses by default for a table: 50 rows plus 10 % of its rows.
 */
import type { Queryable } from './database.ts';

/** Records an import must change before statistics are refreshed: 50 + 10 % of the commitments held. */
export async function bulkWriteThreshold(db: Queryable): Promise<number> {
  const [row] = await db.query<{ rows: number }>(
    `SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'commitments'::regclass`,
  );
  return 50 + Math.floor(0.1 * (row?.rows ?? 0));
}

/**
 * Refreshes the statistics of every table (ANALYZE) when `changed` records reach the threshold;
 * answers whether it did. Run after the write has committed: ANALYZE only sees committed rows.
 */
export async function refreshStatisticsAfterBulkWrite(db: Queryable, changed: number): Promise<boolean> {
  if (changed < (await bulkWriteThreshold(db))) return false;
  await db.exec('ANALYZE');
  return true;
}
