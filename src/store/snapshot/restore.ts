/**
 * `ramstein db restore`: loads a snapshot written by `dumpDatabase` into an empty database of
 * the same schema version, in one transaction: a damaged or truncated file changes nothing.
 * Rows go back through PostgreSQL's own JSON reading (json_populate_recordset), so every value,
 * the audit trail's hashes included, is byte for byte what was dumped.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../domain/errors.ts';
import type { Database, Queryable } from '../database.ts';
import { appliedMigrations } from '../migrate.ts';
import { DUMP_FORMAT, DUMP_VERSION } from './dump.ts';
import { quoteIdent, snapshotTables, type SnapshotTable } from './tables.ts';

const BATCH = 2000;

export interface RestoreSummary {
  tables: number;
  rows: number;
}

const invalid = (message: string) => new AppError('invalid_input', message);

async function* lines(file: string): AsyncGenerator<string> {
  if (!fs.existsSync(file)) throw invalid(`no such file: ${file}`);
  const input = fs.createReadStream(file).pipe(createGunzip());
  try {
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
  } catch (error) {
    throw invalid(`${file} is not a readable dump (${(error as Error).message})`);
  }
}

/** Refuses a database that anyone has used: only what migrations and reference loading write may be there. */
async function requireEmpty(tx: Queryable, tables: SnapshotTable[]): Promise<void> {
  for (const name of ['audit_events', 'users']) {
    if (!tables.some((t) => t.name === name)) continue;
    const [row] = await tx.query(`SELECT 1 FROM ${quoteIdent(name)} LIMIT 1`);
    if (row)
      throw new AppError(
        'conflict',
        `the target database is not empty (${name} has rows): restore into a new database`,
      );
  }
}

export async function restoreDatabase(
  db: Database,
  file: string,
  onProgress: (table: string, rows: number) => void = () => {},
): Promise<RestoreSummary> {
  const input = lines(file);
  const first = await input.next();
  let header: { format?: string; version?: number; migrations?: string[] };
  try {
    header = JSON.parse(first.done ? '{}' : first.value);
  } catch {
    header = {};
  }
  if (header.format !== DUMP_FORMAT) throw invalid(`${file} is not a Ramstein dump`);
  if (header.version !== DUMP_VERSION)
    throw invalid(
      `${file} is a dump of format version ${header.version}; this program reads ${DUMP_VERSION}`,
    );

  return db.transaction(async (tx) => {
    const applied = (await appliedMigrations(tx)).map((m) => m.id).join(', ');
    const dumped = (header.migrations ?? []).join(', ');
    if (applied !== dumped)
      throw invalid(
        `the dump was written at schema version [${dumped}], this database is at [${applied}]: ` +
          'restore with the program version that wrote it, then upgrade',
      );
    const tables = await snapshotTables(tx);
    const byName = new Map(tables.map((t) => [t.name, t]));
    await requireEmpty(tx, tables);
    // Reference data loaded at migration goes: the dump brings its own, as it was.
    for (const table of [...tables].reverse()) await tx.query(`DELETE FROM ${quoteIdent(table.name)}`);

    const counts: Record<string, number> = {};
    let table: SnapshotTable | undefined;
    let columns: string[] = [];
    let batch: string[] = [];
    let linked: string[] = [];
    let ended: Record<string, number> | undefined;

    const flush = async () => {
      if (!table || !batch.length) return;
      const self = new Set(table.selfReferences);
      const list = columns.map(quoteIdent).join(', ');
      const values = columns.map((c) => (self.has(c) ? 'NULL' : `s.${quoteIdent(c)}`)).join(', ');
      await tx.query(
        `INSERT INTO ${quoteIdent(table.name)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${values} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json) s`,
        [`[${batch.join(',')}]`],
      );
      if (self.size)
        linked.push(
          ...batch.filter((line) => {
            const row = JSON.parse(line) as Record<string, unknown>;
            return table!.selfReferences.some((c) => row[c] !== null && row[c] !== undefined);
          }),
        );
      counts[table.name] = (counts[table.name] ?? 0) + batch.length;
      onProgress(table.name, counts[table.name]!);
      batch = [];
    };
    // Rows that point at rows of their own table get those links once every row exists.
    const relink = async () => {
      if (!table || !linked.length) return;
      const set = table.selfReferences.map((c) => `${quoteIdent(c)} = s.${quoteIdent(c)}`).join(', ');
      const key = table.primaryKey.map((c) => `t.${quoteIdent(c)} = s.${quoteIdent(c)}`).join(' AND ');
      for (let i = 0; i < linked.length; i += BATCH)
        await tx.query(
          `UPDATE ${quoteIdent(table.name)} t SET ${set}
             FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json) s WHERE ${key}`,
          [`[${linked.slice(i, i + BATCH).join(',')}]`],
        );
      linked = [];
    };

    for await (const line of input) {
      if (ended) throw invalid(`${file} has content after its end`);
      if (line.startsWith('{"@table":') || line.startsWith('{"@end":')) {
        await flush();
        await relink();
        const marker = JSON.parse(line) as {
          '@table'?: string;
          columns?: string[];
          '@end'?: Record<string, number>;
        };
        if (marker['@end']) {
          ended = marker['@end'];
          continue;
        }
        table = byName.get(marker['@table']!);
        if (!table) throw invalid(`the dump has a table this database does not: ${marker['@table']}`);
        if (table.selfReferences.length && !table.primaryKey.length)
          throw invalid(`table ${table.name} refers to itself but has no primary key`);
        const known = new Set(table.columns);
        const unknown = (marker.columns ?? []).filter((c) => !known.has(c));
        if (unknown.length)
          throw invalid(`the dump has columns ${table.name}.${unknown.join(', ')} this database does not`);
        columns = marker.columns ?? [];
        counts[table.name] = 0;
        continue;
      }
      if (!table) throw invalid(`${file} has rows before any table`);
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    if (!ended) throw invalid(`${file} is incomplete: it ends before the end of the dump`);
    for (const [name, rows] of Object.entries(ended))
      if ((counts[name] ?? 0) !== rows)
        throw invalid(`${file} is damaged: ${name} should have ${rows} rows, it has ${counts[name] ?? 0}`);

    // Sequences continue after the restored values.
    const sequences = await tx.query<{ sequence: string; table: string; column: string }>(
      `SELECT s.oid::regclass::text AS sequence, t.relname AS table, a.attname AS column
         FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
         JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE s.relkind = 'S' AND n.nspname = current_schema()`,
    );
    for (const s of sequences)
      if (byName.has(s.table))
        await tx.query(
          `SELECT setval($1::regclass, COALESCE((SELECT max(${quoteIdent(s.column)}) FROM ${quoteIdent(s.table)}), 0) + 1, false)`,
          [s.sequence],
        );
    return {
      tables: Object.keys(counts).length,
      rows: Object.values(counts).reduce((a, b) => a + b, 0),
    };
  });
}
