import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { meetings } from '../../store/repositories/meetings.ts';
import type { AppContext } from '../context.ts';
import { finishChange, newRecordId } from '../ledger/stored-records.ts';
import { meetingOwnership, toMeetingRow } from './meeting-row.ts';
import type { MeetingInput, MeetingOutput } from './meeting.types.ts';
import { loadMeeting } from './get-meeting.ts';

/** Records a meeting inside an open transaction (also used by review and import). */
export async function insertMeeting(
  ctx: AppContext,
  tx: Queryable,
  input: MeetingInput,
): Promise<MeetingOutput> {
  const id = input.id ?? newRecordId('meeting');
  const row = await toMeetingRow(tx, id, input);
  requireWrite(ctx.actor, meetingOwnership(row));
  if (await meetings.exists(tx, id)) throw idTaken('meeting', id);
  await meetings.insert(tx, row);
  const change = { type: 'meeting' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadMeeting(ctx, tx, id));
}

export function createMeeting(ctx: AppContext, input: MeetingInput): Promise<MeetingOutput> {
  return ctx.db.transaction((tx) => insertMeeting(ctx, tx, input));
}
