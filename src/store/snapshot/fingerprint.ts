/**
 * A fingerprint of everything the database holds: per table, its row count and the sum of a 64-bit hash of
 * each row. Two equal fingerprints mean no row was added, removed or changed, whatever
 * path the change took (what a refused request must leave behind).
 */
import type { Queryable } from '../database.ts';
import { quoteIdent, snapshotTables } from './tables.ts';

/** Table name → `rows:md5`. */
export type DatabaseFingerprint = Record<string, string>;

export async function databaseFingerprint(db: Queryable): Promise<DatabaseFingerprint> {
  const tables = await snapshotTables(db);
  // Every insert or update gives its row the id of the transaction that wrote it (xmin), larger
  // than any before; a delete lowers the count. So count and highest xmin change with any write,
  // with no need to read the rows' contents (the reference tables hold hundreds of thousands).
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*) || ':' || coalesce(max(t.xmin::text::bigint), 0) AS print FROM ${quoteIdent(name)} t`,
  );
  const rows = await db.query<{ name: string; print: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

/** The tables whose contents differ between two fingerprints. */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

/**
 * The next transaction id: it moves whenever a transaction that wrote anything ends (on a shared
 * server, in any of its databases). While it stands still, nothing was written.
 */
export async function writeMark(db: Queryable): Promise<string> {
  const [row] = await db.query<{ mark: string }>(
    'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS mark',
  );
  return row!.mark;
}
