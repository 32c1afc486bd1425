/**
 * Meetings, and what was recorded at them, with the caller's visibility and write rights in every
 * statement; and the summaries reports read (held on or before a date).
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { visibleTo, writableBy } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';
import type { meetingKinds } from '../../domain/ledger/vocabulary.ts';

export type MeetingRow = Selectable<Schema['meetings']>;
export type NewMeeting = Insertable<Schema['meetings']>;

/** The filters of a meeting list, in the order the API lists them. */
export const meetingFilters = ['kind', 'from', 'to', 'party'] as const;
export type MeetingFilter = Partial<Record<(typeof meetingFilters)[number], string>>;

/** The meetings `actor` may see matching `filter`, by date. */
function matching(db: Queryable, actor: Actor, filter: MeetingFilter) {
  const { kind, from, to, party } = filter;
  return kysely(db)
    .selectFrom('meetings as m')
    .selectAll('m')
    .$if(kind !== undefined, (q) => q.where('m.kind', '=', kind!))
    .$if(from !== undefined, (q) => q.where('m.date', '>=', from!))
    .$if(to !== undefined, (q) => q.where('m.date', '<=', to!))
    .$if(party !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb(eb.val(party!), '=', eb.fn.any('m.chairs')),
          eb(eb.val(party!), '=', eb.fn.any('m.parties')),
          eb('m.country', '=', party!),
        ]),
      ),
    )
    .where(visibleTo(actor, 'm'))
    .orderBy('m.date')
    .orderBy('m.id');
}

export const meetings = {
  ...readsOf(matching, 'm.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'meetings', id),

  async insert(tx: Queryable, row: NewMeeting): Promise<void> {
    await kysely(tx).insertInto('meetings').values(row).execute();
  },

  /** Writes `row` when the stored meeting is still at `version` and `actor`'s to write; false otherwise. */
  update: (tx: Queryable, actor: Actor, row: NewMeeting, version: number, at: Date) =>
    updateVersioned(tx, 'meetings', row, version, at, writableBy(actor, 'meetings')),

  versions: (db: Queryable) => versionsOf(db, 'meetings'),
};

export interface MeetingSummaryRow {
  id: string;
  kind: (typeof meetingKinds)[number];
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
    return kysely(db)
      .selectFrom('meetings as m')
      .select([
        'm.id',
        // The table's check constraint holds the kind to the vocabulary.
        sql<MeetingSummaryRow['kind']>`m.kind`.as('kind'),
        'm.number',
        sql<string>`m.date::text`.as('date'),
        'm.place',
      ])
      .where('m.date', '<=', asOf)
      .where('m.status', '<>', 'cancelled')
      .$if(meetingId !== null, (q) => q.where('m.id', '=', meetingId!))
      .where(visibleTo(actor, 'm'))
      .orderBy('m.date')
      .orderBy('m.id')
      .execute();
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
      .where(visibleTo(actor, 'm'))
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
