/**
 * `ramstein db dump`: one consistent snapshot of every table (one REPEATABLE READ, read-only
 * transaction), written as gzip-compressed JSON lines:
 *
 *   {"format":"ramstein-dump","version":1,"migrations":[…],"database":…,"created_at":…}
 *   {"@table":"parties","columns":[…]}
 *   {…one row, as PostgreSQL's row_to_json wrote it…}
 *   …
 *   {"@end":{"parties":312,…}}
 *
 * Rows are PostgreSQL's own JSON of each row, never parsed and re-serialised here, so bigints,
 * numerics, timestamps and jsonb come back exactly as they were.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Database } from '../database.ts';
import { appliedMigrations } from '../migrate.ts';
import { quoteIdent, snapshotTables } from './tables.ts';

export const DUMP_FORMAT = 'ramstein-dump';
export const DUMP_VERSION = 1;
const PAGE = 5000;

export interface DumpSummary {
  tables: number;
  rows: number;
  bytes: number;
}

export async function dumpDatabase(
  db: Database,
  file: string,
  onProgress: (table: string, rows: number) => void = () => {},
): Promise<DumpSummary> {
  const gzip = createGzip();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const closed = once(out, 'close');
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const migrations = (await appliedMigrations(tx)).map((m) => m.id);
      await write(
        JSON.stringify({
          format: DUMP_FORMAT,
          version: DUMP_VERSION,
          migrations,
          database: db.kind,
          created_at: new Date().toISOString(),
        }),
      );
      for (const table of await snapshotTables(tx)) {
        await write(JSON.stringify({ '@table': table.name, columns: table.columns }));
        // A cursor reads the table once, in pages, inside the snapshot.
        await tx.query(
          `DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${quoteIdent(table.name)} t`,
        );
        let count = 0;
        for (;;) {
          const page = await tx.query<{ line: string }>(`FETCH ${PAGE} FROM dump_rows`);
          if (page.length) await write(page.map((row) => row.line).join('\n'));
          count += page.length;
          if (page.length) onProgress(table.name, count);
          if (page.length < PAGE) break;
        }
        await tx.query('CLOSE dump_rows');
        counts[table.name] = count;
      }
    });
    await write(JSON.stringify({ '@end': counts }));
    gzip.end();
    await closed;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(file, { force: true });
    throw error;
  }
  return {
    tables: Object.keys(counts).length,
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
    bytes: fs.statSync(file).size,
  };
}
