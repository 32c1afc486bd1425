/** Commitments, their equipment lines and their pipeline events. */
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo, writableBy } from '../visibility.ts';
import type { EventKind, Mode, Qualifier, Status } from '../../domain/ledger/vocabulary.ts';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from '../reports/conversion.sql.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { pipelineStateCtes } from '../reports/pipeline-state.sql.ts';
import type { Schema } from '../schema.ts';

export interface CommitmentRow {
  id: string;
  donor: string;
  co_donors: string[];
  recipient: string;
  mode: Mode | null;
  supplier: string | null;
  supplier_party: string | null;
  package_id: string | null;
  money_minor: bigint | null;
  money_currency: string | null;
  money_qualifier: string | null;
  money_value_date: string | null;
  money_alt: { amount_minor: string | null; currency: string; qualifier: Qualifier; label?: string }[];
  announced_on: string | null;
  meeting_id: string | null;
  replenishes: string | null;
  confidence: string | null;
  notes: string | null;
  visibility: string;
  owner_party: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface LineRow {
  commitment_id: string;
  line_no: number;
  equipment_id: string | null;
  category: string | null;
  quantity: bigint | null;
  quantity_qualifier: string | null;
}

export interface EventRow {
  commitment_id: string;
  seq: number;
  kind: EventKind;
  status: Status | null;
  occurred_on: string;
  planned_on: string | null;
  line_no: number | null;
  quantity: bigint | null;
  increase: boolean;
  until_on: string | null;
  corrects_seq: number | null;
  source_id: string | null;
  source_url: string | null;
  note: string | null;
}

export type NewCommitment = Omit<CommitmentRow, 'version' | 'created_at' | 'updated_at'>;

export interface CommitmentFilter {
  donor?: string;
  recipient?: string;
  mode?: Mode;
  equipment?: string;
  category?: string;
  meeting?: string;
  package?: string;
  from?: string;
  to?: string;
  /** Only what had been announced by this date. */
  asOf?: string;
  sort:
    | 'announced_on'
    | '-announced_on'
    | 'donor'
    | '-donor'
    | 'id'
    | '-id'
    | 'money'
    | '-money'
    | 'updated_at'
    | '-updated_at';
}

type Commitments = ExpressionBuilder<Schema & { c: Schema['commitments'] }, 'c'>;

/** The stored form of a commitment's columns (money_alt is a JSON column). */
const stored = ({ id: _id, money_alt, ...columns }: NewCommitment) => ({
  ...columns,
  money_alt: JSON.stringify(money_alt),
});

const sortColumns = {
  announced_on: 'c.announced_on',
  donor: 'c.donor',
  id: 'c.id',
  // Money in different currencies compares by its value in EUR at its value date.
  money: 'c.value_eur_minor',
  updated_at: 'c.updated_at',
} as const;

/** The condition of a commitment filter on alias `c`, visibility included. */
function matching(filter: CommitmentFilter, actor: Actor) {
  return (eb: Commitments): Expression<SqlBool> => {
    const where: Expression<SqlBool>[] = [visibleTo(actor, 'c')];
    const { donor } = filter;
    if (donor)
      where.push(eb.or([eb('c.donor', '=', donor), eb(eb.val(donor), '=', eb.fn.any('c.co_donors'))]));
    if (filter.recipient) where.push(eb('c.recipient', '=', filter.recipient));
    if (filter.mode) where.push(eb('c.mode', '=', filter.mode));
    if (filter.meeting) where.push(eb('c.meeting_id', '=', filter.meeting));
    if (filter.package) where.push(eb('c.package_id', '=', filter.package));
    if (filter.from) where.push(eb('c.announced_on', '>=', filter.from));
    if (filter.to) where.push(eb('c.announced_on', '<=', filter.to));
    if (filter.asOf)
      where.push(eb.or([eb('c.announced_on', 'is', null), eb('c.announced_on', '<=', filter.asOf)]));
    if (filter.equipment) {
      where.push(
        eb.exists(
          eb
            .selectFrom('commitment_lines as l')
            .select('l.line_no')
            .whereRef('l.commitment_id', '=', 'c.id')
            .where('l.equipment_id', '=', filter.equipment),
        ),
      );
    }
    if (filter.category) {
      where.push(
        eb.exists(
          eb
            .selectFrom('commitment_lines as l')
            .leftJoin('equipment_types as e', 'e.id', 'l.equipment_id')
            .select('l.line_no')
            .whereRef('l.commitment_id', '=', 'c.id')
            .where((inner) => inner(inner.fn.coalesce('l.category', 'e.category'), '=', filter.category!)),
        ),
      );
    }
    return eb.and(where);
  };
}

/** ORDER BY of a sort, nulls last, ties broken by id. */
function orderBy(sort: CommitmentFilter['sort']) {
  const column = sortColumns[sort.replace(/^-/, '') as keyof typeof sortColumns];
  return sql`${sql.ref(column)} ${sql.raw(sort.startsWith('-') ? 'DESC' : 'ASC')} NULLS LAST, c.id`;
}

/**
 * WITH `base` (the matching commitments, at `status` when given), `fx` (the rates of their money
 * to EUR at each value date, the announcement date when none) and `valued` (base with
 * `value_eur_minor`), for a final SELECT.
 */
function valuedInEur(db: Queryable, filter: CommitmentFilter, actor: Actor, status?: Status) {
  const matched = kysely(db).selectFrom('commitments as c').where(matching(filter, actor));
  const ctes = status
    ? sql`args AS (SELECT ${filter.asOf ?? null}::date AS as_of),
       scope AS (${matched.select('c.id')}),
       ${pipelineStateCtes(sql`(SELECT as_of FROM args)`, false)},
       base AS (SELECT c.* FROM commitments c JOIN pl_status st ON st.commitment_id = c.id
                 WHERE st.status = ${status})`
    : sql`base AS (${matched.selectAll('c')})`;
  return sql`WITH ${ctes},
    ${minorUnitsCte()},
    pairs AS (SELECT money_currency AS currency, coalesce(money_value_date, announced_on) AS value_date FROM base),
    ${rateCte('fx', sql.table('pairs'), currencySql('EUR'))},
    valued AS (
      SELECT b.*, round_half_even_ratio(b.money_minor * fx.num_factor, fx.den_factor) AS value_eur_minor
        FROM base b
        LEFT JOIN fx ON fx.currency = b.money_currency AND fx.value_date = coalesce(b.money_value_date, b.announced_on)
    )`;
}

export const commitments = {
  async insert(
    tx: Queryable,
    row: NewCommitment,
    lines: readonly Omit<LineRow, 'commitment_id'>[],
  ): Promise<void> {
    await kysely(tx)
      .insertInto('commitments')
      .values({ id: row.id, ...stored(row) })
      .execute();
    await commitments.replaceLines(tx, row.id, lines);
  },

  /**
   * Updates when `version` is current and the stored commitment is `actor`'s to write; returns
   * false (and changes nothing) otherwise.
   */
  async update(tx: Queryable, actor: Actor, row: NewCommitment, version: number, at: Date): Promise<boolean> {
    const updated = await kysely(tx)
      .updateTable('commitments')
      .set((eb) => ({ ...stored(row), version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', row.id)
      .where('version', '=', version)
      .where(writableBy(actor, 'commitments', ['donor']))
      .returning('id')
      .execute();
    return updated.length === 1;
  },

  /** Lines keep their numbers, so that the deliveries recorded against them stay attached. */
  async replaceLines(
    tx: Queryable,
    id: string,
    lines: readonly Omit<LineRow, 'commitment_id'>[],
  ): Promise<void> {
    const db = kysely(tx);
    await db
      .deleteFrom('commitment_lines')
      .where('commitment_id', '=', id)
      .where('line_no', '>', lines.length)
      .execute();
    if (lines.length === 0) return;
    await db
      .insertInto('commitment_lines')
      .values(lines.map((line) => ({ ...line, commitment_id: id })))
      .onConflict((oc) =>
        oc.columns(['commitment_id', 'line_no']).doUpdateSet((eb) => ({
          equipment_id: eb.ref('excluded.equipment_id'),
          category: eb.ref('excluded.category'),
          quantity: eb.ref('excluded.quantity'),
          quantity_qualifier: eb.ref('excluded.quantity_qualifier'),
        })),
      )
      .execute();
  },

  async get(db: Queryable, id: string, actor: Actor): Promise<CommitmentRow | undefined> {
    const row = await kysely(db)
      .selectFrom('commitments as c')
      .selectAll('c')
      .where('c.id', '=', id)
      .where(visibleTo(actor, 'c'))
      .executeTakeFirst();
    return row as CommitmentRow | undefined;
  },
  /** The version of every commitment, by id. */
  async versions(db: Queryable): Promise<Map<string, number>> {
    const rows = await kysely(db).selectFrom('commitments').select(['id', 'version']).execute();
    return new Map(rows.map((r) => [r.id, r.version]));
  },

  /** The commitments among `ids` that `actor` may see. */
  async getMany(db: Queryable, ids: readonly string[], actor: Actor): Promise<CommitmentRow[]> {
    if (ids.length === 0) return [];
    const rows = await kysely(db)
      .selectFrom('commitments as c')
      .selectAll('c')
      .where('c.id', '=', anyText(ids))
      .where(visibleTo(actor, 'c'))
      .execute();
    return rows as CommitmentRow[];
  },

  /** Locks commitment `id` for the rest of `tx`; its version, or undefined when there is none. */
  async lockVersion(tx: Queryable, id: string): Promise<number | undefined> {
    const row = await kysely(tx)
      .selectFrom('commitments')
      .select('version')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    return row?.version;
  },

  /** The commitment whose stocks `id` replenishes, and `id`'s version; undefined when there is no `id`. */
  async replenishment(
    db: Queryable,
    id: string,
  ): Promise<{ replenishes: string | null; version: number } | undefined> {
    return kysely(db)
      .selectFrom('commitments')
      .select(['replenishes', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** Whether the ledger holds any commitment at all (the demo data loads only into an empty one). */
  async any(db: Queryable): Promise<boolean> {
    const row = await kysely(db).selectFrom('commitments').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  },

  async exists(db: Queryable, id: string): Promise<boolean> {
    const row = await kysely(db)
      .selectFrom('commitments')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Every matching commitment, in order of a sort other than money (which needs `page`'s conversion). */
  async search(
    db: Queryable,
    filter: CommitmentFilter & { sort: Exclude<CommitmentFilter['sort'], 'money' | '-money'> },
    actor: Actor,
  ): Promise<CommitmentRow[]> {
    const rows = await kysely(db)
      .selectFrom('commitments as c')
      .selectAll('c')
      .where(matching(filter, actor))
      .orderBy(orderBy(filter.sort))
      .execute();
    return rows as CommitmentRow[];
  },

  /**
   * Every matching commitment in id order, `size` at a time (keyset paging: each batch is one
   * query starting after the last id), so that a reader of the whole ledger holds one batch at a
   * time. With `status`, only those whose derived pipeline state as of the filter's date has it.
   */
  async *batches(
    db: Queryable,
    filter: Omit<CommitmentFilter, 'sort'>,
    actor: Actor,
    options: { size: number; status?: Status },
  ): AsyncGenerator<CommitmentRow[]> {
    const k = kysely(db);
    let after: string | null = null;
    for (;;) {
      const from: string | null = after;
      const scope = k
        .selectFrom('commitments as c')
        .where(matching({ ...filter, sort: 'id' }, actor))
        .$if(from !== null, (q) => q.where('c.id', '>', from!))
        .orderBy('c.id')
        .limit(options.size);
      const scoped: (CommitmentRow & { in_status?: boolean })[] = options.status
        ? (
            await sql<
              CommitmentRow & { in_status: boolean }
            >`WITH args AS (SELECT ${filter.asOf ?? null}::date AS as_of),
              scope AS (${scope.select('c.id')}),
              ${pipelineStateCtes(sql`(SELECT as_of FROM args)`, false)}
              SELECT c.*, coalesce(st.status = ${options.status}, false) AS in_status
                FROM scope JOIN commitments c ON c.id = scope.id
                LEFT JOIN pl_status st ON st.commitment_id = c.id
               ORDER BY c.id`.execute(k)
          ).rows
        : ((await scope.selectAll('c').execute()) as (CommitmentRow & { in_status?: boolean })[]);
      const rows = options.status
        ? scoped.filter((r) => r.in_status).map(({ in_status: _s, ...row }) => row as CommitmentRow)
        : (scoped as CommitmentRow[]);
      if (rows.length) yield rows;
      if (scoped.length < options.size) return;
      after = scoped.at(-1)!.id;
    }
  },

  /**
   * One page of the matching commitments and how many match, paged in SQL. With `status`, only
   * those whose derived pipeline state (src/store/reports/pipeline-state.sql.ts) has that status
   * as of the filter's date.
   */
  async page(
    db: Queryable,
    filter: CommitmentFilter,
    actor: Actor,
    page: { limit: number; offset: number },
    status?: Status,
  ): Promise<{
    rows: (CommitmentRow & { value_eur_minor: bigint | null })[];
    total: number;
    /** The matching commitments' money in EUR, all pages, and how many have money that cannot be converted. */
    totalEur: { minor: bigint; unconverted: number };
  }> {
    const k = kysely(db);
    const valued = sql`${valuedInEur(db, filter, actor, status)}
      SELECT c.*, count(*) OVER () AS total_count,
             coalesce(sum(c.value_eur_minor) OVER (), 0) AS total_eur_minor,
             count(*) FILTER (WHERE c.money_minor IS NOT NULL AND c.value_eur_minor IS NULL) OVER () AS unconverted_count
        FROM valued c`;
    type Counted = CommitmentRow & {
      value_eur_minor: string | null;
      total_count: bigint | number;
      total_eur_minor: string;
      unconverted_count: bigint | number;
    };
    const run = async (limit: number, offset: number) =>
      (
        await sql<Counted>`${valued} ORDER BY ${orderBy(filter.sort)} LIMIT ${limit} OFFSET ${offset}`.execute(
          k,
        )
      ).rows;
    const rows = await run(page.limit, page.offset);
    // Past the last page: no row carries the count.
    const counted = rows.length || page.offset === 0 ? rows : await run(1, 0);
    const first = counted[0];
    return {
      rows: rows.map(
        ({ total_count: _t, total_eur_minor: _e, unconverted_count: _u, value_eur_minor, ...row }) => ({
          ...(row as CommitmentRow),
          value_eur_minor: value_eur_minor === null ? null : BigInt(value_eur_minor),
        }),
      ),
      total: Number(first?.total_count ?? 0),
      totalEur: {
        minor: BigInt(first?.total_eur_minor ?? 0),
        unconverted: Number(first?.unconverted_count ?? 0),
      },
    };
  },

  /**
   * The conversion audit of the matching commitments' money (conversionAuditSelect): the last ECB
   * rate date used to value the view in EUR, and every amount that could not be converted.
   */
  async conversionAudit(
    db: Queryable,
    filter: CommitmentFilter,
    actor: Actor,
    status?: Status,
  ): Promise<ConversionAuditRow[]> {
    const amounts = sql`(SELECT id, donor, money_minor AS amount, money_currency AS currency,
                             coalesce(money_value_date, announced_on) AS value_date
                        FROM base WHERE money_minor IS NOT NULL)`;
    const query = sql<ConversionAuditRow>`${valuedInEur(db, filter, actor, status)}
      ${conversionAuditSelect(amounts, 'fx', currencySql('EUR'))}`;
    return (await query.execute(kysely(db))).rows;
  },

  async lines(db: Queryable, ids: readonly string[]): Promise<Map<string, LineRow[]>> {
    if (ids.length === 0) return new Map();
    const rows = await kysely(db)
      .selectFrom('commitment_lines')
      .selectAll()
      .where('commitment_id', '=', anyText(ids))
      .orderBy('commitment_id')
      .orderBy('line_no')
      .execute();
    return groupBy(rows, (r) => r.commitment_id);
  },

  async events(db: Queryable, ids: readonly string[]): Promise<Map<string, EventRow[]>> {
    if (ids.length === 0) return new Map();
    const rows = await kysely(db)
      .selectFrom('commitment_events as e')
      .leftJoin('sources as s', 's.id', 'e.source_id')
      .selectAll('e')
      .select('s.url as source_url')
      .where('e.commitment_id', '=', anyText(ids))
      .orderBy('e.commitment_id')
      .orderBy('e.seq')
      .execute();
    return groupBy(rows as EventRow[], (r) => r.commitment_id);
  },

  /** Appends an event with the next number of its commitment; returns that number. */
  async insertEvent(tx: Queryable, event: Omit<EventRow, 'seq' | 'source_url'>): Promise<number> {
    const { commitment_id, ...columns } = event;
    const row = await kysely(tx)
      .insertInto('commitment_events')
      .columns(['commitment_id', 'seq', ...(Object.keys(columns) as (keyof typeof columns)[])])
      .expression((eb) =>
        eb
          .selectFrom('commitment_events')
          .select((s) => [
            s.val(commitment_id).as('commitment_id'),
            sql<number>`coalesce(max(seq), 0) + 1`.as('seq'),
            ...Object.entries(columns).map(([name, value]) => s.val(value).as(name)),
          ])
          .where('commitment_id', '=', commitment_id),
      )
      .returning('seq')
      .executeTakeFirstOrThrow();
    return row.seq;
  },

  /**
   * Bumps the version of a commitment whose events changed, if it is still at `version` and
   * `actor`'s to write.
   */
  async touch(tx: Queryable, actor: Actor, id: string, version: number, at: Date): Promise<boolean> {
    const rows = await kysely(tx)
      .updateTable('commitments')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where(writableBy(actor, 'commitments', ['donor']))
      .returning('id')
      .execute();
    return rows.length === 1;
  },
};

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}
