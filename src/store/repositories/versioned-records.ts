/**
 * What the repositories of the versioned ledger records (packages, meetings, claims, equipment
 * types, targets, people, policy events) share: reads of a record's visible, filtered query by
 * id, in full or paged; whether an id is taken; every row's version; and the version-checked
 * update whose WHERE also holds the caller's right to write the row.
 */
import type { Expression, Insertable, SelectQueryBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';

export type VersionedTable =
  'packages' | 'meetings' | 'claims' | 'equipment_types' | 'targets' | 'people' | 'policy_events';

export interface Page {
  limit: number;
  offset: number;
}

/** One page of a query's rows, and how many rows it has in all: paged in SQL. */
export async function pageOf<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  page: Page,
): Promise<{ rows: Row[]; total: number }> {
  const counted = query.select(sql<bigint | number>`count(*) OVER ()`.as('total_count'));
  const run = (limit: number, offset: number) =>
    counted.limit(limit).offset(offset).execute() as Promise<(Row & { total_count: bigint | number })[]>;
  const rows = await run(page.limit, page.offset);
  // Past the last page no row carries the count.
  const first = rows.length || page.offset === 0 ? rows : await run(1, 0);
  return {
    rows: rows.map(({ total_count: _t, ...row }) => row as Row),
    total: Number(first[0]?.total_count ?? 0),
  };
}

/**
 * The reads of a record's query (`matching`: the rows `actor` may see that match a filter, in
 * list order): one by id (`id` names its id column), all, or one page.
 */
export function readsOf<DB, TB extends keyof DB, Row, Filter extends object>(
  matching: (db: Queryable, actor: Actor, filter: Filter) => SelectQueryBuilder<DB, TB, Row>,
  id: string,
) {
  return {
    get: (db: Queryable, actor: Actor, value: string): Promise<Row | undefined> =>
      matching(db, actor, {} as Filter)
        .where(sql<boolean>`${sql.ref(id)} = ${value}`)
        .executeTakeFirst(),
    list: (db: Queryable, actor: Actor, filter = {} as Filter): Promise<Row[]> =>
      matching(db, actor, filter).execute(),
    page: (db: Queryable, actor: Actor, filter: Filter, page: Page) =>
      pageOf(matching(db, actor, filter), page),
  };
}

/** Whether `table` has a row with this id, seen by the caller or not (an id is taken either way). */
export async function idExists(db: Queryable, table: VersionedTable, id: string): Promise<boolean> {
  const row = await kysely(db).selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The version of every row of `table`, by id. */
export async function versionsOf(db: Queryable, table: VersionedTable): Promise<Map<string, number>> {
  const rows = await kysely(db).selectFrom(table).select(['id', 'version']).execute();
  return new Map(rows.map((r) => [r.id, r.version]));
}

/**
 * Writes `row` over the stored row with its id when that row is still at `version` and
 * `writable` (the caller's right to write it) holds of it; false, writing nothing, otherwise.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Queryable,
  table: T,
  row: Insertable<Schema[T]>,
  version: number,
  at: Date,
  writable: Expression<SqlBool>,
): Promise<boolean> {
  const { id, ...columns } = row as Insertable<Schema[T]> & { id: string };
  const updated = await kysely(tx)
    .updateTable(table as VersionedTable)
    .set((eb) => ({ ...(columns as object), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where(writable)
    .returning('id')
    .execute();
  return updated.length === 1;
}
