/** Meetings as reports read them: held on or before a date, visible to the caller. */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleToSql } from '../visibility.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo as visibleInQuery } from '../visibility.ts';

export interface MeetingSummaryRow {
  id: string;
  kind: string;
  number: number | null;
  date: string;
  place: string | null;
}

export const meetingSummaries = {
  async heldBy(
    db: Queryable,
    actor: Actor,
    asOf: string,
    meetingId: string | null,
  ): Promise<MeetingSummaryRow[]> {
    const params: unknown[] = [asOf, meetingId];
    const vis = visibleToSql(actor, 'm', params.length + 1);
    params.push(...vis.params);
    return db.query<MeetingSummaryRow>(
      `SELECT m.id, m.kind, m.number, m.date::text AS date, m.place FROM meetings m
        WHERE m.date <= $1::date AND m.status <> 'cancelled' AND ($2::text IS NULL OR m.id = $2::text) AND ${vis.sql}
        ORDER BY m.date, m.id`,
      params,
    );
  },
};

/** What was recorded at a meeting: attendance and decisions, version-checked. */
export interface MeetingRecordRow {
  version: number;
  attendance: { party: string; [field: string]: unknown }[];
  decisions: string[];
}

export const meetingRecords = {
  /** The record of a meeting, locked for the rest of `tx` when `forUpdate`; none before the first write. */
  async get(db: Queryable, meetingId: string, forUpdate = false): Promise<MeetingRecordRow | undefined> {
    const row = await kysely(db)
      .selectFrom('meeting_records')
      .select(['version', 'attendance', 'decisions'])
      .where('meeting_id', '=', meetingId)
      .$if(forUpdate, (q) => q.forUpdate())
      .executeTakeFirst();
    return row as MeetingRecordRow | undefined;
  },

  /** The records of every meeting `actor` may see, by meeting id. */
  async visible(db: Queryable, actor: Actor): Promise<(MeetingRecordRow & { meeting_id: string })[]> {
    const rows = await kysely(db)
      .selectFrom('meeting_records as r')
      .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
      .select(['r.meeting_id', 'r.version', 'r.attendance', 'r.decisions'])
      .where(visibleInQuery(actor, 'm'))
      .orderBy('r.meeting_id')
      .execute();
    return rows as (MeetingRecordRow & { meeting_id: string })[];
  },

  async save(tx: Queryable, meetingId: string, record: MeetingRecordRow, at: Date): Promise<void> {
    const values = {
      attendance: JSON.stringify(record.attendance),
      decisions: JSON.stringify(record.decisions),
      version: record.version,
      updated_at: at,
    };
    await kysely(tx)
      .insertInto('meeting_records')
      .values({ meeting_id: meetingId, ...values })
      .onConflict((oc) => oc.column('meeting_id').doUpdateSet(values))
      .execute();
  },
};
