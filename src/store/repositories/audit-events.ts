/**
 * Reads of the audit trail, with the caller's view of it applied in the query: representatives
 * see the trail of the commitments their party owns, and their own actions; other readers the
 * whole trail. (Writes go through appendAudit in src/store/audit.ts.)
 */
import type { Actor } from '../../domain/access/actor.ts';
import type { AuditRow } from '../audit.ts';
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';

export interface AuditFilter {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  seq?: bigint | undefined;
}

function where(actor: Actor, filter: AuditFilter) {
  const params: unknown[] = [];
  const parts: string[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    let text = sql;
    for (const value of values) {
      params.push(value);
      text = text.replace('?', `$${params.length}`);
    }
    parts.push(text);
  };
  if (filter.seq !== undefined) add('seq = ?', filter.seq);
  if (filter.recordType) add('record_type = ?', filter.recordType);
  if (filter.recordId) add('record_id = ?', filter.recordId);
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.from) add('at >= ?::timestamptz', filter.from);
  if (filter.to) add("at < (?::date + interval '1 day')", filter.to);
  if (actor.role === 'representative') {
    add(
      `((record_type = 'commitment' AND record_id IN (SELECT id FROM commitments WHERE owner_party = ?))
        OR actor = ?)`,
      actor.party,
      actor.id,
    );
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export const auditEvents = {
  /** Newest first, with the total the filter matches. */
  async list(
    db: Queryable,
    actor: Actor,
    filter: AuditFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: AuditRow[]; total: number }> {
    const clause = where(actor, filter);
    const [count] = await db.query<{ n: bigint }>(
      `SELECT count(*) AS n FROM audit_events ${clause.sql}`,
      clause.params,
    );
    const n = clause.params.length;
    const items = await db.query<AuditRow>(
      `SELECT * FROM audit_events ${clause.sql} ORDER BY seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...clause.params, page.limit, page.offset],
    );
    return { items, total: Number(count?.n ?? 0) };
  },

  /** One event, when `actor` may read it. */
  async get(db: Queryable, actor: Actor, seq: bigint): Promise<AuditRow | null> {
    const clause = where(actor, { seq });
    const [row] = await db.query<AuditRow>(`SELECT * FROM audit_events ${clause.sql}`, clause.params);
    return row ?? null;
  },

  /** The trail in order from `fromSeq`, `limit` events at a time (for verification). */
  batch(db: Queryable, fromSeq: bigint, limit: number): Promise<AuditRow[]> {
    return db.query<AuditRow>('SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT $2', [
      fromSeq,
      limit,
    ]);
  },

  /**
   * For each record of `recordType`, the last audit event that recorded its version (its
   * after-image has a `version`): the state the trail says the record is in.
   */
  async lastRecorded(
    db: Queryable,
    recordType: string,
  ): Promise<Map<string, { seq: bigint; after: Record<string, unknown> }>> {
    const { rows } = await sql<{ record_id: string; seq: bigint; after: Record<string, unknown> }>`
      SELECT DISTINCT ON (record_id) record_id, seq, after FROM audit_events
       WHERE record_type = ${recordType} AND jsonb_typeof(after -> 'version') = 'number'
       ORDER BY record_id, seq DESC`.execute(kysely(db));
    return new Map(rows.map((r) => [r.record_id, { seq: r.seq, after: r.after }]));
  },
};
