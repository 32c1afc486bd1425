/**
 * The planner's statistics after a bulk write. PostgreSQL's autovacuum refreshes them some time
 * after a table has changed enough; the embedded database runs no autovacuum at all, so after an
 * import its statistics still describe the tables as they were before (a column that the import
 * filled is still "always empty"), and report queries are planned for a handful of rows where
 * there are thousands. An import that changed enough records therefore refreshes them at once,
 * by the threshold autovacuum uses by default for a table: 50 rows plus 10 % of its rows.
 * Only the ledger's own tables are refreshed: not the system catalogues, not the reference
 * tables (exchange rates, indicators, parties), which an import never writes and which hold
 * most of the database's rows, and not the audit trail.
 */
import { sql } from 'kysely';
import type { Queryable } from './database.ts';
import { rowsOf } from './kysely.ts';

/** Records an import must change before statistics are refreshed: 50 + 10 % of the commitments held. */
export async function bulkWriteThreshold(db: Queryable): Promise<number> {
  const [row] = await db.query<{ rows: number }>(
    `SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'commitments'::regclass`,
  );
  return 50 + Math.floor(0.1 * (row?.rows ?? 0));
}

/**
 * Tables left out: those an import never writes (refreshed when reference data is loaded, if at
 * all), and the audit trail, read only by sequence number and record id, whose large after-images
 * made its ANALYZE take about as long as that of all the ledger's other tables.
 */
const notRefreshed = [
  'exchange_rates',
  'indicators',
  'parties',
  'reference_datasets',
  'reference_state',
  'audit_events',
];

/** The tables in the application's schema, reference tables left out, quoted for ANALYZE. */
async function ledgerTables(db: Queryable): Promise<string[]> {
  const rows = await rowsOf(
    db,
    sql<{ name: string }>`SELECT quote_ident(relname) AS name FROM pg_class
      WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')
        AND NOT (relname = ANY(${notRefreshed}::text[]))
      ORDER BY relname`,
  );
  return rows.map((r) => r.name);
}

/**
 * Refreshes the statistics of every ledger table (ANALYZE) when `changed` records reach the threshold;
 * answers whether it did. Run after the write has committed: ANALYZE only sees committed rows.
 */
export async function refreshStatisticsAfterBulkWrite(db: Queryable, changed: number): Promise<boolean> {
  if (changed < (await bulkWriteThreshold(db))) return false;
  const tables = await ledgerTables(db);
  if (tables.length > 0) await db.exec(`ANALYZE ${tables.join(', ')}`);
  return true;
}
