/** Meetings as reports read them: held on or before a date, visible to the caller. */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo } from '../../domain/access/visibility.ts';
import type { Queryable } from '../database.ts';

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
    const vis = visibleTo(actor, 'm', params.length + 1);
    params.push(...vis.params);
    return db.query<MeetingSummaryRow>(
      `SELECT m.id, m.kind, m.number, m.date::text AS date, m.place FROM meetings m
        WHERE m.date <= $1::date AND m.status <> 'cancelled' AND ($2::text IS NULL OR m.id = $2::text) AND ${vis.sql}
        ORDER BY m.date, m.id`,
      params,
    );
  },
};
