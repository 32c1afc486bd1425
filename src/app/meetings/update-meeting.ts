import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { meetings } from '../../store/repositories/meetings.ts';
import type { AppContext } from '../context.ts';
import { finishChange, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { meetingAsInput, meetingOwnership, toMeetingRow } from './meeting-row.ts';
import type { MeetingOutput, MeetingPatch } from './meeting.types.ts';
import { loadMeeting } from './get-meeting.ts';

/** Changes a meeting inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyMeetingUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: MeetingPatch,
): Promise<MeetingOutput> {
  const before = await loadMeeting(ctx, tx, id);
  requireWrite(ctx.actor, meetingOwnership(before));
  const { version, ...changes } = patch;
  requireVersion('meeting', id, before.version, version);
  const row = await toMeetingRow(tx, id, { ...meetingAsInput(before), ...changes });
  requireWrite(ctx.actor, meetingOwnership(row));
  if (!(await meetings.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('meeting', id, version);
  const change = { type: 'meeting' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadMeeting(ctx, tx, id));
}

export function updateMeeting(ctx: AppContext, id: string, patch: MeetingPatch): Promise<MeetingOutput> {
  return ctx.db.transaction((tx) => applyMeetingUpdate(ctx, tx, id, patch));
}
