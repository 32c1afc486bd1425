import { requirePermission } from '../../domain/access/permissions.ts';
import { meetings, type MeetingFilter } from '../../store/repositories/meetings.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { recordViews } from '../ledger/stored-records.ts';
import { toMeetingView } from './meeting-row.ts';
import type { MeetingOutput } from './meeting.types.ts';

/** The meetings the caller may see matching `filter`, one page of them, and how many match. */
export async function listMeetings(
  ctx: AppContext,
  filter: MeetingFilter,
  page: Page,
): Promise<{ items: MeetingOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await meetings.page(ctx.db, ctx.actor, filter, page);
  return { items: await recordViews(ctx.db, 'meeting', rows, toMeetingView), total };
}
