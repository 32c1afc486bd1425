/**
 * Reads of the audit trail, with the caller's view of it applied in the query: representatives
 * see the trail of the commitments their party owns, and their own actions; other readers the
 * whole trail. (Writes go through appendAudit in src/store/audit.ts.)
 */
import type { Actor } from '../../domain/access/actor.ts';
import type { AuditRow } from '../audit.ts';
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';

export interface AuditFilter {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  seq?: bigint | undefined;
}

/** The events `actor` may read that match `filter`. */
function matching(db: Queryable, actor: Actor, filter: AuditFilter) {
  const { seq, recordType, recordId, actor: by, from, to } = filter;
  return kysely(db)
    .selectFrom('audit_events')
    .$if(seq !== undefined, (q) => q.where('seq', '=', seq!))
    .$if(Boolean(recordType), (q) => q.where('record_type', '=', recordType!))
    .$if(Boolean(recordId), (q) => q.where('record_id', '=', recordId!))
    .$if(Boolean(by), (q) => q.where('actor', '=', by!))
    .$if(Boolean(from), (q) => q.where('at', '>=', sql<Date>`${from}::timestamptz`))
    .$if(Boolean(to), (q) => q.where('at', '<', sql<Date>`${to}::date + interval '1 day'`))
    .$if(actor.role === 'representative', (q) =>
      q.where((eb) =>
        eb.or([
          eb.and([
            eb('record_type', '=', 'commitment'),
            eb(
              'record_id',
              'in',
              eb.selectFrom('commitments').select('id').where('owner_party', '=', actor.party),
            ),
          ]),
          eb('actor', '=', actor.id),
        ]),
      ),
    );
}

export const auditEvents = {
  /** Newest first, with the total the filter matches. */
  async list(
    db: Queryable,
    actor: Actor,
    filter: AuditFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: AuditRow[]; total: number }> {
    const count = await matching(db, actor, filter)
      .select((eb) => eb.fn.countAll<bigint>().as('n'))
      .executeTakeFirst();
    const items = await matching(db, actor, filter)
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { items: items as AuditRow[], total: Number(count?.n ?? 0) };
  },

  /** One event, when `actor` may read it. */
  async get(db: Queryable, actor: Actor, seq: bigint): Promise<AuditRow | null> {
    const row = await matching(db, actor, { seq }).selectAll().executeTakeFirst();
    return (row as AuditRow | undefined) ?? null;
  },

  /** The trail in order from `fromSeq`, `limit` events at a time (for verification). */
  async batch(db: Queryable, fromSeq: bigint, limit: number): Promise<AuditRow[]> {
    const rows = await kysely(db)
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', fromSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows as AuditRow[];
  },

  /**
   * For each record of `recordType` among `ids`, the last audit event that recorded its version
   * (its after-image has a `version`): the state the trail says the record is in. Asked a page of
   * records at a time, so that the after-images of a whole ledger are never held at once.
   */
  async lastRecorded(
    db: Queryable,
    recordType: string,
    ids: readonly string[],
  ): Promise<Map<string, { seq: bigint; after: Record<string, unknown> }>> {
    if (ids.length === 0) return new Map();
    const { rows } = await sql<{ record_id: string; seq: bigint; after: Record<string, unknown> }>`
      SELECT DISTINCT ON (record_id) record_id, seq, after FROM audit_events
       WHERE record_type = ${recordType} AND record_id = ${anyText(ids)}
         AND jsonb_typeof(after -> 'version') = 'number'
       ORDER BY record_id, seq DESC`.execute(kysely(db));
    return new Map(rows.map((r) => [r.record_id, { seq: r.seq, after: r.after }]));
  },
};
