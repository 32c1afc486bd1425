/**
 * The rows of the record kinds kept one per table row (packages, meetings, claims, equipment
 * types, targets, people, policy events): version-checked updates and visibility in every read.
 * Which table, whether it carries a visibility, and its filters come from the kind's description.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';
import { visibleTo } from '../visibility.ts';

export interface RecordTable {
  table: string;
  /** Whether rows carry `visibility` and `owner_party`. */
  visibility: boolean;
}

/**
 * Per table: the filters of its list (query field → condition on alias `t`, `?` where the value
 * goes) and the order of its lists.
 */
const queries: Record<string, { filters: Record<string, string>; order: string }> = {
  claims: {
    filters: { party: 't.party = ?', subject: 't.subject = ?', measure: 't.measure = ?' },
    order: 't.subject, t.as_of NULLS LAST, t.id',
  },
  equipment_types: {
    filters: {
      category: 't.category = ?',
      origin: 't.origin = ?',
      q: "(t.id ILIKE '%' || ? || '%' OR t.name ILIKE '%' || ? || '%' OR t.aliases::text ILIKE '%' || ? || '%')",
    },
    order: 't.id',
  },
  meetings: {
    filters: {
      kind: 't.kind = ?',
      from: 't.date >= ?::date',
      to: 't.date <= ?::date',
      party: '(? = ANY(t.chairs) OR ? = ANY(t.parties) OR t.country = ?)',
    },
    order: 't.date, t.id',
  },
  packages: {
    filters: {
      funder: 'EXISTS (SELECT 1 FROM package_funders f WHERE f.package_id = t.id AND f.party = ?)',
      status: 't.status = ?',
      mechanism: 't.mechanism = ?',
    },
    order: 't.announced_on NULLS LAST, t.id',
  },
  people: {
    filters: {
      role: 't.role = ?',
      party: 't.party = ?',
      on: '(t.from_on <= ?::date AND (t.to_on IS NULL OR t.to_on > ?::date))',
    },
    order: 't.role, t.party, t.from_on, t.id',
  },
  policy_events: {
    filters: {
      kind: 't.kind = ?',
      party: '(t.party = ? OR t.target_party = ? OR ? = ANY(t.chairs))',
      from: 'coalesce(t.due_on, t.ends_on, t.starts_on, t.announced_on) >= ?::date',
      to: 'least(t.announced_on, coalesce(t.starts_on, t.announced_on)) <= ?::date',
    },
    order: 'coalesce(t.starts_on, t.announced_on), t.id',
  },
  targets: {
    filters: { metric: 't.metric = ?' },
    order: 't.agreed_on NULLS LAST, t.id',
  },
};

/** A condition on alias `t` written with `?` where its value goes. */
interface RecordCondition {
  sql: string;
  value: unknown;
}

export type StoredRow = Record<string, unknown> & {
  id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const condition = (c: RecordCondition): RawBuilder<boolean> =>
  sql<boolean>`(${sql.join(
    c.sql.split('?').map((part) => sql.raw(part)),
    sql`${c.value}`,
  )})`;

/**
 * The rows `actor` may see: one by `id`, or those matching every filter given a value (fields the
 * table has no filter for are ignored).
 */
function matching(
  kind: RecordTable,
  actor: Actor,
  match: { id?: string; filters?: Record<string, unknown> },
): RawBuilder<boolean> {
  const { filters } = queries[kind.table]!;
  const conditions: RecordCondition[] = Object.entries(match.filters ?? {})
    .filter(([name, value]) => value !== undefined && value !== null && filters[name])
    .map(([name, value]) => ({ sql: filters[name]!, value }));
  if (match.id !== undefined) conditions.push({ sql: 't.id = ?', value: match.id });
  const where = [...conditions.map(condition), kind.visibility ? visibleTo(actor, 't') : sql<boolean>`TRUE`];
  return sql<boolean>`${sql.join(where, sql` AND `)}`;
}

export const records = {
  /** The names of the filters a table's list takes. */
  filterNames(kind: RecordTable): string[] {
    return Object.keys(queries[kind.table]?.filters ?? {});
  },

  async insert(
    tx: Queryable,
    kind: RecordTable,
    id: string,
    columns: Record<string, unknown>,
  ): Promise<void> {
    const names = ['id', ...Object.keys(columns)];
    await sql`INSERT INTO ${sql.table(kind.table)} (${sql.join(names.map((n) => sql.ref(n)))})
      VALUES (${sql.join([id, ...Object.values(columns)])})`.execute(kysely(tx));
  },

  /** Writes `columns` when the row is still at `version`; false when it is not (or is gone). */
  async update(
    tx: Queryable,
    kind: RecordTable,
    id: string,
    version: number,
    columns: Record<string, unknown>,
    at: Date,
  ): Promise<boolean> {
    const set = Object.entries(columns).map(([name, value]) => sql`${sql.ref(name)} = ${value}`);
    const { rows } = await sql<{ id: string }>`UPDATE ${sql.table(kind.table)}
        SET ${sql.join(set)}, version = version + 1, updated_at = ${at}
      WHERE id = ${id} AND version = ${version} RETURNING id`.execute(kysely(tx));
    return rows.length === 1;
  },

  /** The version of every row of a table, by id. */
  async versions(db: Queryable, kind: Pick<RecordTable, 'table'>): Promise<Map<string, number>> {
    const { rows } = await sql<{
      id: string;
      version: number;
    }>`SELECT id, version FROM ${sql.table(kind.table)}`.execute(kysely(db));
    return new Map(rows.map((r) => [r.id, r.version]));
  },

  async exists(db: Queryable, kind: RecordTable, id: string): Promise<boolean> {
    const { rows } = await sql`SELECT 1 FROM ${sql.table(kind.table)} WHERE id = ${id}`.execute(kysely(db));
    return rows.length > 0;
  },

  /**
   * The rows `actor` may see, in the table's order: one by `id`, or those matching every filter
   * given a value (fields the table has no filter for are ignored).
   */
  async rows(
    db: Queryable,
    kind: RecordTable,
    actor: Actor,
    match: { id?: string; filters?: Record<string, unknown> } = {},
  ): Promise<StoredRow[]> {
    const { rows } = await sql<StoredRow>`SELECT t.* FROM ${sql.table(kind.table)} t
      WHERE ${matching(kind, actor, match)} ORDER BY ${sql.raw(queries[kind.table]!.order)}`.execute(
      kysely(db),
    );
    return rows;
  },

  /** One page of the rows `rows` would give, and how many there are in all: paged in SQL. */
  async page(
    db: Queryable,
    kind: RecordTable,
    actor: Actor,
    filters: Record<string, unknown>,
    page: { limit: number; offset: number },
  ): Promise<{ rows: StoredRow[]; total: number }> {
    const run = async (limit: number, offset: number) =>
      (
        await sql<StoredRow & { total_count: bigint | number }>`SELECT t.*, count(*) OVER () AS total_count
          FROM ${sql.table(kind.table)} t WHERE ${matching(kind, actor, { filters })}
         ORDER BY ${sql.raw(queries[kind.table]!.order)} LIMIT ${limit} OFFSET ${offset}`.execute(kysely(db))
      ).rows;
    const rows = await run(page.limit, page.offset);
    // Past the last page no row carries the count.
    const counted = rows.length || page.offset === 0 ? rows : await run(1, 0);
    return {
      rows: rows.map(({ total_count: _t, ...row }) => row as StoredRow),
      total: Number(counted[0]?.total_count ?? 0),
    };
  },
};

export interface FunderRow {
  package_id: string;
  position: number;
  party: string;
  amount_minor: bigint | null;
  currency: string | null;
  qualifier: string | null;
  commitment_id: string | null;
}

/** The funders of pooled packages, one row per share, in their recorded order. */
export const packageFunders = {
  async replace(tx: Queryable, id: string, funders: readonly Omit<FunderRow, 'package_id' | 'position'>[]) {
    const db = kysely(tx);
    await db.deleteFrom('package_funders').where('package_id', '=', id).execute();
    if (funders.length === 0) return;
    await db
      .insertInto('package_funders')
      .values(funders.map((f, position) => ({ ...f, package_id: id, position })))
      .execute();
  },

  async of(db: Queryable, ids: readonly string[]): Promise<Map<string, FunderRow[]>> {
    const map = new Map<string, FunderRow[]>();
    if (ids.length === 0) return map;
    const rows = await kysely(db)
      .selectFrom('package_funders')
      .selectAll()
      .where('package_id', '=', anyText(ids))
      .orderBy('package_id')
      .orderBy('position')
      .execute();
    for (const r of rows) map.set(r.package_id, [...(map.get(r.package_id) ?? []), r]);
    return map;
  },
};
