import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { meetings } from '../../store/repositories/meetings.ts';
import type { AppContext } from '../context.ts';
import { recordView } from '../ledger/stored-records.ts';
import { toMeetingView } from './meeting-row.ts';
import type { MeetingOutput } from './meeting.types.ts';

/** Meeting `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadMeeting(ctx: AppContext, db: Queryable, id: string): Promise<MeetingOutput> {
  return recordView(db, 'meeting', id, await meetings.get(db, ctx.actor, id), toMeetingView);
}

export function getMeeting(ctx: AppContext, id: string): Promise<MeetingOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadMeeting(ctx, ctx.db, id);
}
