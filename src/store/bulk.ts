import type { Queryable } from './database.ts';
import { kysely } from './kysely.ts';
import type { Schema } from './schema.ts';

export interface BulkColumn<Row> {
  name: string;
  /** SQL array element type used to pass the column, e.g. 'text', 'date', 'numeric'. */
  type: string;
  value: (row: Row) => unknown;
  /** Cast applied after unnest, for types that cannot travel as array elements (text[] as '{a,b}'). */
  cast?: string;
}

/**
 * Inserts many rows in chunks, one statement per chunk: each column travels as one array
 * parameter and `unnest` turns the arrays back into rows.
 */
export async function bulkInsert<Row>(
  tx: Queryable,
  table: string,
  columns: readonly BulkColumn<Row>[],
  rows: readonly Row[],
  onConflict = '',
  chunkSize = 20_000,
  /** Told the number of rows of each chunk once it is inserted. */
  inserted?: (rows: number) => void,
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const selected = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const aliases = columns.map((_c, i) => `c${i}`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS u(${aliases}) ${onConflict}`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    await tx.query(
      sql,
      columns.map((c) => chunk.map(c.value)),
    );
    inserted?.(chunk.length);
  }
}

/** PostgreSQL takes at most 65,535 parameters a statement; stay well under it. */
const PARAMETERS_PER_STATEMENT = 30_000;

export function chunks<T>(rows: readonly T[], width: number): T[][] {
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Math.max(1, width)));
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** Multi-row INSERT of `rows` (all with the same columns) into `table`. */
export async function insertRows(
  tx: Queryable,
  table: keyof Schema,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  for (const chunk of chunks(rows, Object.keys(rows[0]!).length)) {
    await kysely(tx)
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}
