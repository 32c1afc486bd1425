/** Follow-through per meeting: what was announced there and how much has since been delivered. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { PipelineEvent } from '../../domain/ledger/pipeline.ts';
import { followThroughRules, shapeFollowThrough } from '../../domain/reports/follow-through.ts';
import { valuationRules } from '../../domain/reports/valuation.ts';
import { conversionLines, summariseConversion } from '../../domain/money/conversion-summary.ts';
import { commitments as commitmentStore } from '../../store/repositories/commitments.ts';
import { valuations } from '../../store/repositories/valuations.ts';
import { meetingSummaries } from '../../store/repositories/meetings.ts';
import type { AppContext } from '../context.ts';
import {
  followThroughInput,
  type FollowThroughInput,
  type FollowThroughReport,
} from './follow-through.types.ts';
import { loadValuedCommitments } from './valued-commitments.ts';

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
  const [{ commitments, kielEdition, notes }, audit] = await Promise.all([
    loadValuedCommitments(ctx.db, ctx.actor, scope, asOf),
    valuations.conversionAudit(ctx.db, ctx.actor, scope),
  ]);
  const conversion = summariseConversion('EUR', audit);
  const followed = commitments.filter((c) => held.has(c.row.meeting_id!));
  const ids = followed.map((c) => c.row.id);
  const [lines, events] = await Promise.all([
    commitmentStore.lines(ctx.db, ids),
    commitmentStore.events(ctx.db, ids),
  ]);
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  const shaped = shapeFollowThrough(
    meetings,
    followed.map(({ row, valued }) => ({
      id: row.id,
      donor: row.donor,
      meetingId: row.meeting_id!,
      announcedOn: row.announced_on ?? meetingDate.get(row.meeting_id!)!,
      valued,
      lines: (lines.get(row.id) ?? []).map((l) => ({ lineNo: l.line_no, quantity: l.quantity })),
      events: (events.get(row.id) ?? []).map((e): PipelineEvent => ({
        seq: e.seq,
        kind: e.kind,
        status: e.status,
        occurredOn: e.occurred_on,
        plannedOn: e.planned_on,
        lineNo: e.line_no,
        quantity: e.quantity,
        increase: e.increase,
        untilOn: e.until_on,
        correctsSeq: e.corrects_seq,
      })),
    })),
    asOf,
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
    notes: [...notes, ...conversionLines(conversion)],
  };
}
