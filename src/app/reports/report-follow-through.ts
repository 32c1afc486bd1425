/** Follow-through per meeting: what was announced there and how much has since been delivered. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { followThroughRules, shapeFollowThrough } from '../../domain/reports/follow-through.ts';
import { valuationRules } from '../../domain/reports/valuation.ts';
import { summariseConversion } from '../../domain/money/conversion-summary.ts';
import { commitmentProgress } from '../../store/reports/progress.sql.ts';
import { valuations } from '../../store/repositories/valuations.ts';
import { meetingSummaries } from '../../store/repositories/meetings.ts';
import type { AppContext } from '../context.ts';
import {
  followThroughInput,
  type FollowThroughInput,
  type FollowThroughReport,
} from './follow-through.types.ts';
import { loadValuedCommitments } from './valued-commitments.ts';
import { reportNotes } from '../../domain/reports/report-notes.ts';

export async function reportFollowThrough(
  ctx: AppContext,
  raw: FollowThroughInput = {},
): Promise<FollowThroughReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = followThroughInput.parse(raw);
  const asOf = input.as_of ?? ctx.clock.now().toISOString().slice(0, 10);
  const meetings = await meetingSummaries.heldBy(ctx.db, ctx.actor, asOf, input.meeting);
  if (input.meeting && !meetings.length)
    throw new AppError('not_found', `no meeting ${input.meeting} held by ${asOf} that you may see`);
  const held = new Set(meetings.map((m) => m.id));
  const scope = { atMeetings: true, meetingId: input.meeting, asOf };
  const [{ commitments, kielEdition, notes: valuationNotes }, audit, states] = await Promise.all([
    loadValuedCommitments(ctx.db, ctx.actor, scope, asOf),
    valuations.conversionAudit(ctx.db, ctx.actor, scope),
    commitmentProgress(ctx.db, ctx.actor, scope, true),
  ]);
  const conversion = summariseConversion('EUR', audit);
  const stateOf = new Map(states.map((s) => [s.id, s]));
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  const shaped = shapeFollowThrough(
    meetings,
    commitments
      .filter((c) => held.has(c.row.meeting_id!))
      .map(({ row, valued }) => {
        const state = stateOf.get(row.id)!;
        return {
          id: row.id,
          donor: row.donor,
          meetingId: row.meeting_id!,
          announcedOn: row.announced_on ?? meetingDate.get(row.meeting_id!)!,
          valued,
          status: state.status,
          units: BigInt(state.units),
          deliveredUnits: BigInt(state.delivered_units),
          share: { num: BigInt(state.share_num), den: BigInt(state.share_den) },
          firstDeliveryOn: state.first_delivery_on,
          fullDeliveryOn: state.full_delivery_on,
        };
      }),
    input.valuation,
  );
  return {
    as_of: asOf,
    currency: 'EUR',
    valuation: input.valuation,
    ...shaped,
    kiel_edition: kielEdition,
    conversion,
    rules: [...followThroughRules, ...valuationRules],
    ...reportNotes(valuationNotes, conversion),
  };
}
