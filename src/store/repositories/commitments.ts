/** Commitments, their equipment lines and their pipeline events. */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleToSql } from '../visibility.ts';
import type { EventKind, Mode, Qualifier, Status } from '../../domain/ledger/vocabulary.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { minorUnitParams, minorUnitsCte, rateCte } from '../reports/conversion.sql.ts';

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

const writable = [
  'donor',
  'co_donors',
  'recipient',
  'mode',
  'supplier',
  'supplier_party',
  'package_id',
  'money_minor',
  'money_currency',
  'money_qualifier',
  'money_value_date',
  'money_alt',
  'announced_on',
  'meeting_id',
  'replenishes',
  'confidence',
  'notes',
  'visibility',
  'owner_party',
] as const;

const sqlValue = (row: NewCommitment, column: (typeof writable)[number]) =>
  column === 'money_alt' ? JSON.stringify(row.money_alt) : row[column];

const sortColumns: Record<string, string> = {
  announced_on: 'c.announced_on',
  donor: 'c.donor',
  id: 'c.id',
  // Money in different currencies compares by its value in EUR at its value date.
  money: 'c.value_eur_minor',
  updated_at: 'c.updated_at',
};

/** The WHERE condition of a commitment filter on alias `c`, visibility included; adds its parameters. */
function matching(filter: CommitmentFilter, actor: Actor, params: unknown[]): string {
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.donor) add('(c.donor = ? OR ? = ANY(c.co_donors))', filter.donor);
  if (filter.recipient) add('c.recipient = ?', filter.recipient);
  if (filter.mode) add('c.mode = ?', filter.mode);
  if (filter.meeting) add('c.meeting_id = ?', filter.meeting);
  if (filter.package) add('c.package_id = ?', filter.package);
  if (filter.from) add('c.announced_on >= ?', filter.from);
  if (filter.to) add('c.announced_on <= ?', filter.to);
  if (filter.asOf) add('(c.announced_on IS NULL OR c.announced_on <= ?)', filter.asOf);
  if (filter.equipment) {
    add(
      'EXISTS (SELECT 1 FROM commitment_lines l WHERE l.commitment_id = c.id AND l.equipment_id = ?)',
      filter.equipment,
    );
  }
  if (filter.category) {
    add(
      `EXISTS (SELECT 1 FROM commitment_lines l LEFT JOIN equipment_types e ON e.id = l.equipment_id
                WHERE l.commitment_id = c.id AND coalesce(l.category, e.category) = ?)`,
      filter.category,
    );
  }
  const visible = visibleToSql(actor, 'c', params.length + 1);
  params.push(...visible.params);
  where.push(visible.sql);
  return where.join(' AND ');
}

function orderBy(sort: string): string {
  const descending = sort.startsWith('-');
  const column = sortColumns[sort.replace(/^-/, '')]!;
  return `${column} ${descending ? 'DESC' : 'ASC'} NULLS LAST, c.id`;
}

export const commitments = {
  async insert(
    tx: Queryable,
    row: NewCommitment,
    lines: readonly Omit<LineRow, 'commitment_id'>[],
  ): Promise<void> {
    const columns = ['id', ...writable];
    await tx.query(
      `INSERT INTO commitments (${columns.join(', ')}) VALUES (${columns.map((_c, i) => `$${i + 1}`).join(', ')})`,
      [row.id, ...writable.map((c) => sqlValue(row, c))],
    );
    await commitments.replaceLines(tx, row.id, lines);
  },

  /** Updates when `version` is current; returns false (and changes nothing) otherwise. */
  async update(tx: Queryable, row: NewCommitment, version: number, at: Date): Promise<boolean> {
    const sets = writable.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const updated = await tx.query(
      `UPDATE commitments SET ${sets}, version = version + 1, updated_at = $${writable.length + 3}
        WHERE id = $1 AND version = $2 RETURNING id`,
      [row.id, version, ...writable.map((c) => sqlValue(row, c)), at],
    );
    return updated.length === 1;
  },

  /** Lines keep their numbers, so that the deliveries recorded against them stay attached. */
  async replaceLines(
    tx: Queryable,
    id: string,
    lines: readonly Omit<LineRow, 'commitment_id'>[],
  ): Promise<void> {
    await tx.query('DELETE FROM commitment_lines WHERE commitment_id = $1 AND line_no > $2', [
      id,
      lines.length,
    ]);
    for (const line of lines) {
      await tx.query(
        `INSERT INTO commitment_lines (commitment_id, line_no, equipment_id, category, quantity, quantity_qualifier)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (commitment_id, line_no) DO UPDATE SET equipment_id = excluded.equipment_id,
           category = excluded.category, quantity = excluded.quantity, quantity_qualifier = excluded.quantity_qualifier`,
        [id, line.line_no, line.equipment_id, line.category, line.quantity, line.quantity_qualifier],
      );
    }
  },

  async get(db: Queryable, id: string, actor: Actor): Promise<CommitmentRow | undefined> {
    const visible = visibleToSql(actor, 'c', 2);
    const [row] = await db.query<CommitmentRow>(
      `SELECT c.* FROM commitments c WHERE c.id = $1 AND ${visible.sql}`,
      [id, ...visible.params],
    );
    return row;
  },

  /** The version of every commitment, by id. */
  async versions(db: Queryable): Promise<Map<string, number>> {
    const rows = await kysely(db).selectFrom('commitments').select(['id', 'version']).execute();
    return new Map(rows.map((r) => [r.id, r.version]));
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
    return (await db.query('SELECT 1 FROM commitments WHERE id = $1', [id])).length > 0;
  },

  /** Every matching commitment, in order of a sort other than money (which needs `page`'s conversion). */
  async search(
    db: Queryable,
    filter: CommitmentFilter & { sort: Exclude<CommitmentFilter['sort'], 'money' | '-money'> },
    actor: Actor,
  ): Promise<CommitmentRow[]> {
    const params: unknown[] = [];
    const where = matching(filter, actor, params);
    return db.query<CommitmentRow>(
      `SELECT c.* FROM commitments c WHERE ${where} ORDER BY ${orderBy(filter.sort)}`,
      params,
    );
  },

  /**
   * One page of the matching commitments and how many match, paged in SQL. With `status`, only
   * those whose derived pipeline state has that status: `stateCtes` defines `pl_status` from a
   * CTE `scope` and reads the as-of date from $1 (see src/store/reports/pipeline-state.sql.ts).
   */
  async page(
    db: Queryable,
    filter: CommitmentFilter,
    actor: Actor,
    page: { limit: number; offset: number },
    status?: { value: string; stateCtes: string },
  ): Promise<{
    rows: (CommitmentRow & { value_eur_minor: bigint | null })[];
    total: number;
    /** The matching commitments' money in EUR, all pages, and how many have money that cannot be converted. */
    totalEur: { minor: bigint; unconverted: number };
  }> {
    const params: unknown[] = status ? [filter.asOf ?? null] : [];
    const where = matching(filter, actor, params);
    const ctes = status
      ? `scope AS (SELECT c.id FROM commitments c WHERE ${where}), ${status.stateCtes},
         base AS (SELECT c.* FROM commitments c JOIN pl_status st ON st.commitment_id = c.id
                   WHERE st.status = $${params.push(status.value)})`
      : `base AS (SELECT c.* FROM commitments c WHERE ${where})`;
    const [codes, places] = minorUnitParams();
    params.push(codes, places);
    // Each amount converted at the ECB rate of its value date (the announcement date when none).
    const sql = `WITH ${ctes}, ${minorUnitsCte(`$${params.length - 1}`, `$${params.length}`)},
      pairs AS (SELECT money_currency AS currency, coalesce(money_value_date, announced_on) AS value_date FROM base),
      ${rateCte('fx', 'pairs', "'EUR'::char(3)")},
      valued AS (
        SELECT b.*, round_half_even_ratio(b.money_minor * fx.num_factor, fx.den_factor) AS value_eur_minor
          FROM base b
          LEFT JOIN fx ON fx.currency = b.money_currency AND fx.value_date = coalesce(b.money_value_date, b.announced_on)
      )
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
      db.query<Counted>(
        `${sql} ORDER BY ${orderBy(filter.sort)} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      );
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

  async lines(db: Queryable, ids: readonly string[]): Promise<Map<string, LineRow[]>> {
    const rows = await db.query<LineRow>(
      'SELECT * FROM commitment_lines WHERE commitment_id = ANY($1::text[]) ORDER BY commitment_id, line_no',
      [ids],
    );
    return groupBy(rows, (r) => r.commitment_id);
  },

  async events(db: Queryable, ids: readonly string[]): Promise<Map<string, EventRow[]>> {
    const rows = await db.query<EventRow>(
      `SELECT e.*, s.url AS source_url FROM commitment_events e LEFT JOIN sources s ON s.id = e.source_id
        WHERE e.commitment_id = ANY($1::text[]) ORDER BY e.commitment_id, e.seq`,
      [ids],
    );
    return groupBy(rows, (r) => r.commitment_id);
  },

  async insertEvent(tx: Queryable, event: Omit<EventRow, 'seq' | 'source_url'>): Promise<number> {
    const [row] = await tx.query<{ seq: number }>(
      `INSERT INTO commitment_events (commitment_id, seq, kind, status, occurred_on, planned_on, line_no, quantity,
                                      increase, until_on, corrects_seq, source_id, note)
       SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
         FROM commitment_events WHERE commitment_id = $1
       RETURNING seq`,
      [
        event.commitment_id,
        event.kind,
        event.status,
        event.occurred_on,
        event.planned_on,
        event.line_no,
        event.quantity,
        event.increase,
        event.until_on,
        event.corrects_seq,
        event.source_id,
        event.note,
      ],
    );
    return row!.seq;
  },

  /** Bumps the version of a commitment whose events changed, if it is still at `version`. */
  async touch(tx: Queryable, id: string, version: number, at: Date): Promise<boolean> {
    const rows = await tx.query(
      'UPDATE commitments SET version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2 RETURNING id',
      [id, version, at],
    );
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
