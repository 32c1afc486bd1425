/**
 * Set-based writes: many rows in one statement. Each column travels as one array parameter and
 * `unnest` turns the arrays back into rows, so the database reads each value once with its
 * column's own input function, whatever the number of rows.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from './database.ts';
import { kysely, rowsOf } from './kysely.ts';
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
 * One column of a set-based insert: its values as one text array (read by unnest), or, for a
 * JSON column, as one JSON array whose elements are the values (no escaping of JSON as text).
 */
interface ColumnValues {
  name: string;
  /** The array element type the values travel as (with `values`). */
  type?: string;
  cast?: string | undefined;
  values?: unknown[];
  /**
   * The values of a JSON column as one JSON array; a JSON null is SQL NULL. For a jsonb column
   * the array is read once as jsonb and its elements are jsonb already: not read as json, split,
   * then each element read again.
   */
  json?: string;
}

/** `INSERT INTO table (columns) SELECT … FROM ROWS FROM (unnest(…), …)`: one row per element. */
function unnestInsert(
  table: string,
  columns: readonly ColumnValues[],
  onConflict: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const alias = (i: number) => sql.ref(`c${i}`);
  const selected = columns.map((c, i) => {
    const value =
      c.json === undefined
        ? alias(i)
        : c.cast === 'jsonb'
          ? sql`CASE WHEN jsonb_typeof(${alias(i)}) = 'null' THEN NULL ELSE ${alias(i)} END`
          : sql`CASE WHEN json_typeof(${alias(i)}) = 'null' THEN NULL ELSE ${alias(i)} END`;
    return c.cast ? sql`(${value})::${sql.raw(c.cast)}` : value;
  });
  const sources = columns.map((c) =>
    c.json === undefined
      ? sql`unnest(${c.values}::${sql.raw(c.type ?? 'text')}[])`
      : c.cast === 'jsonb'
        ? sql`jsonb_array_elements(${c.json}::jsonb)`
        : sql`json_array_elements(${c.json}::json)`,
  );
  return sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
    SELECT ${sql.join(selected)} FROM ROWS FROM (${sql.join(sources)})
      AS u(${sql.join(columns.map((_c, i) => alias(i)))}) ${onConflict}`;
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
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const arrays = columns.map((c) => ({ ...c, values: chunk.map(c.value) }));
    await unnestInsert(table, arrays, sql.raw(onConflict)).execute(kysely(tx));
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

/** The type of each column of each table, read from the catalogue once per process (migrations add none at run time). */
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function columnTypesOf(tx: Queryable, table: string): Promise<Map<string, string>> {
  let known = columnTypes.get(table);
  if (!known) {
    known = rowsOf(
      tx,
      sql<{ name: string; type: string }>`SELECT attname AS name, format_type(atttypid, atttypmod) AS type
        FROM pg_attribute WHERE attrelid = ${table}::regclass AND attnum > 0 AND NOT attisdropped`,
    ).then((rows) => new Map(rows.map((r) => [r.name, r.type])));
    // A failed look-up (the transaction was aborted) is not remembered.
    known.catch(() => columnTypes.delete(table));
    columnTypes.set(table, known);
  }
  return known;
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** An array as PostgreSQL writes it ('{"a","b"}'), every element quoted. */
function arrayLiteral(items: readonly unknown[]): string {
  const parts = items.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = asText(item, false)!;
    return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${parts.join(',')}}`;
}

/**
 * A value as the text its column's input function reads, as a driver sends a parameter: bigints
 * as their digits, times in ISO form, arrays as array literals, and a JSON column's value as the
 * JSON it holds (a string is JSON text already, anything else is serialised).
 */
function asText(value: unknown, json: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (json) return JSON.stringify(value, bigints);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value, bigints);
  return String(value);
}

/** Rows that all name the same columns, none of them undefined (which a multi-row VALUES makes DEFAULT). */
function uniform(rows: readonly Record<string, unknown>[], columns: readonly string[]): boolean {
  return rows.every((row) => {
    const keys = Object.keys(row);
    return keys.length === columns.length && columns.every((c) => row[c] !== undefined);
  });
}

/** Rows one statement carries; each column is one parameter, whatever the number of rows. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts `rows` (all with the same columns) into `table`: each column of a chunk travels as one
 * text array (a JSON column as one JSON array) turned back into rows, each value cast to its
 * column's type, so every value is read by its column's input function, as a parameter of a
 * multi-row VALUES is.
 */
export async function insertRows(
  tx: Queryable,
  table: keyof Schema,
  rows: readonly Record<string, unknown>[],
  /** What a row that conflicts with a stored one does: `ON CONFLICT …`. */
  onConflict: RawBuilder<unknown> = sql``,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(rows[0]!);
  if (!uniform(rows, names)) {
    for (const chunk of chunks(rows, names.length)) {
      await kysely(tx)
        .insertInto(table)
        .values(chunk as never)
        .modifyEnd(onConflict)
        .execute();
    }
    return;
  }
  const types = await columnTypesOf(tx, table);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const columns = names.map((name) => {
      const type = types.get(name);
      if (!type) throw new Error(`${table} has no column ${name}`);
      if (type === 'jsonb' || type === 'json')
        return {
          name,
          cast: type,
          json: `[${chunk.map((row) => asText(row[name], true) ?? 'null').join(',')}]`,
        };
      return { name, cast: type, values: chunk.map((row) => asText(row[name], false)) };
    });
    await unnestInsert(table, columns, onConflict).execute(kysely(tx));
  }
}
