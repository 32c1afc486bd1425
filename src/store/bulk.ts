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

/** The jsonb columns of each table, read from the catalogue once per process (migrations add none at run time). */
const jsonColumns = new Map<string, Promise<Set<string>>>();

function jsonColumnsOf(tx: Queryable, table: string): Promise<Set<string>> {
  let known = jsonColumns.get(table);
  if (!known) {
    known = tx
      .query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute
          WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND atttypid = 'jsonb'::regtype`,
        [table],
      )
      .then((rows) => new Set(rows.map((r) => r.name)));
    // A failed look-up (the transaction was aborted) is not remembered.
    known.catch(() => jsonColumns.delete(table));
    jsonColumns.set(table, known);
  }
  return known;
}

/**
 * One row as a JSON object for json_populate_recordset: bigints as their digits (the column's
 * input reads them), and a jsonb column's value as the JSON it holds: a string is JSON text
 * already (as a driver sends a string parameter), anything else is serialised.
 */
function rowJson(row: Record<string, unknown>, columns: readonly string[], json: Set<string>): string {
  const parts = columns.map((column) => {
    const value = row[column];
    const text =
      value === null
        ? 'null'
        : json.has(column) && typeof value === 'string'
          ? value
          : JSON.stringify(value, bigints);
    return `${JSON.stringify(column)}:${text}`;
  });
  return `{${parts.join(',')}}`;
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** Rows that all name the same columns, none of them undefined (which a multi-row VALUES makes DEFAULT). */
function uniform(rows: readonly Record<string, unknown>[], columns: readonly string[]): boolean {
  return rows.every((row) => {
    const keys = Object.keys(row);
    return keys.length === columns.length && columns.every((c) => row[c] !== undefined);
  });
}

/** Rows a statement carries as one JSON parameter: PostgreSQL parses it once, not one expression per value. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts `rows` (all with the same columns) into `table`: each chunk travels as one JSON
 * parameter that json_populate_recordset turns into rows of the table's own type, so every
 * value is read by its column's input function, as a parameter of a multi-row VALUES is.
 */
export async function insertRows(
  tx: Queryable,
  table: keyof Schema,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  if (!uniform(rows, columns)) {
    for (const chunk of chunks(rows, columns.length)) {
      await kysely(tx)
        .insertInto(table)
        .values(chunk as never)
        .execute();
    }
    return;
  }
  const json = await jsonColumnsOf(tx, table);
  const names = columns.map((c) => `"${c}"`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, $1::json)`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.query(sql, [`[${chunk.map((row) => rowJson(row, columns, json)).join(',')}]`]);
  }
}
