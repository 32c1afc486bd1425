/** A meeting's input as the row of table `meetings`, and the row as the meeting's view. */
import type { Queryable } from '../../store/database.ts';
import type { MeetingRow, NewMeeting } from '../../store/repositories/meetings.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import { requireParties } from '../ledger/references.ts';
import { citedMeta, sourcesAsInput } from '../ledger/stored-records.ts';
import type { MeetingInput, MeetingOutput } from './meeting.types.ts';

/** The row of meeting `id`, after checking the parties it names. */
export async function toMeetingRow(db: Queryable, id: string, i: MeetingInput): Promise<NewMeeting> {
  await requireParties(db, {
    country: [i.country],
    chairs: i.chairs ?? [],
    parties: i.parties ?? [],
    substitutions: (i.substitutions ?? []).map((s) => s.party),
    owner_party: [i.owner_party],
  });
  return {
    id,
    kind: i.kind,
    number: i.number ?? null,
    status: i.status ?? 'held',
    date: i.date,
    end_date: i.end_date ?? null,
    place: i.place ?? null,
    country: i.country ?? null,
    format: i.format ?? null,
    chairs: i.chairs ?? [],
    parties: i.parties ?? [],
    participants_count: i.participants_count ?? null,
    participants_qualifier: i.participants_qualifier ?? null,
    substitutions: JSON.stringify(i.substitutions ?? []),
    notes: i.notes ?? null,
    confidence: i.confidence ?? null,
    visibility: i.visibility ?? 'public',
    owner_party: i.owner_party ?? null,
  };
}

export function toMeetingView(row: MeetingRow, linked: LinkedSource[]): MeetingOutput {
  return {
    id: row.id,
    kind: row.kind as MeetingOutput['kind'],
    number: row.number,
    status: row.status as MeetingOutput['status'],
    date: row.date,
    end_date: row.end_date,
    place: row.place,
    country: row.country,
    format: row.format as MeetingOutput['format'],
    chairs: row.chairs,
    parties: row.parties,
    participants_count: row.participants_count,
    participants_qualifier: row.participants_qualifier as MeetingOutput['participants_qualifier'],
    substitutions: row.substitutions as MeetingOutput['substitutions'],
    notes: row.notes,
    ...citedMeta(row, linked),
  };
}

/** The stored meeting as input, so that a patch can be laid over it. */
export const meetingAsInput = ({
  version: _v,
  created_at: _c,
  updated_at: _u,
  sources,
  ...rest
}: MeetingOutput): MeetingInput => ({ ...rest, sources: sourcesAsInput(sources) });

/** Whose the meeting is: its owner (a meeting speaks for no party). */
export const meetingOwnership = (row: Pick<NewMeeting, 'owner_party'>) => ({
  owner: row.owner_party ?? null,
});
