/**
 * The tables a snapshot holds, read from the database catalogue rather than listed by hand, so
 * that a table added by a later migration is dumped and restored without anyone remembering to.
 * Ordered so that a table comes after every table it references.
 */
import type { Queryable } from '../database.ts';

/** Not part of a snapshot: the migration ledger (written by `migrate` itself) and live sign-ins. */
const NOT_SNAPSHOTTED = new Set(['schema_migrations', 'sessions']);

export interface SnapshotTable {
  name: string;
  /** Columns written on restore (generated columns are computed again). */
  columns: string[];
  primaryKey: string[];
  /** Columns referencing the same table: restored in a second step, once every row exists. */
  selfReferences: string[];
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function snapshotTables(db: Queryable): Promise<SnapshotTable[]> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.oid`,
  );
  const columns = await db.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await db.query<{ table: string; kind: string; referenced: string | null; columns: string[] }>(
    `SELECT c.relname AS table, k.contype AS kind, r.relname AS referenced,
            ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(num, pos)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.pos) AS columns
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class r ON r.oid = k.confrelid
      WHERE n.nspname = current_schema() AND k.contype IN ('p', 'f')`,
  );
  const byName = new Map<string, SnapshotTable & { references: Set<string> }>();
  for (const { name } of tables) {
    if (NOT_SNAPSHOTTED.has(name)) continue;
    byName.set(name, { name, columns: [], primaryKey: [], selfReferences: [], references: new Set() });
  }
  for (const { table, column } of columns) byName.get(table)?.columns.push(column);
  for (const key of keys) {
    const table = byName.get(key.table);
    if (!table) continue;
    if (key.kind === 'p') table.primaryKey = key.columns;
    else if (key.referenced === key.table) table.selfReferences.push(...key.columns);
    else if (key.referenced && byName.has(key.referenced)) table.references.add(key.referenced);
  }
  // Depth-first: each table after what it references; creation order among the free ones.
  const ordered: SnapshotTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      throw new Error(`tables reference each other in a cycle: ${[...path, name].join(' → ')}`);
    state.set(name, 'visiting');
    const table = byName.get(name)!;
    for (const referenced of table.references) visit(referenced, [...path, name]);
    state.set(name, 'done');
    ordered.push({
      name: table.name,
      columns: table.columns,
      primaryKey: table.primaryKey,
      selfReferences: table.selfReferences,
    });
  };
  for (const name of byName.keys()) visit(name, []);
  return ordered;
}
