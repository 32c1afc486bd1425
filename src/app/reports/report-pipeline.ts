/** The pipeline on a date: counts and values by derived status and donor, suspensions, what is overdue. */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  pipelineNotes,
  pipelineRules,
  shapePipeline,
  type PipelineItem,
  type PipelineStatus,
  type PipelineSum,
} from '../../domain/reports/pipeline.ts';
import type { AppContext } from '../context.ts';
import { summariseConversion } from '../../domain/money/conversion-summary.ts';
import { reportNotes } from '../../domain/reports/report-notes.ts';
import { excludedCounts, pipelineConversionRows, pipelineRows } from '../../store/reports/pipeline.sql.ts';
import { pipelineInput, type PipelineInput, type PipelineReport } from './pipeline.types.ts';
import { cachedReport } from './report-cache.ts';

const minor = (text: string | null) => (text === null ? null : BigInt(text));

export async function reportPipeline(ctx: AppContext, raw: PipelineInput = {}): Promise<PipelineReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = pipelineInput.parse(raw);
  return cachedReport(ctx, 'pipeline', input, () => computePipeline(ctx, input));
}

async function computePipeline(
  ctx: AppContext,
  input: ReturnType<typeof pipelineInput.parse>,
): Promise<PipelineReport> {
  const on = input.on ?? ctx.clock.now().toISOString().slice(0, 10);
  const scope = { currency: input.currency, recipient: input.recipient, on };
  const rows = await pipelineRows(ctx.db, ctx.actor, scope);
  const counts = await excludedCounts(ctx.db, ctx.actor, scope);
  const conversion = summariseConversion(
    input.currency,
    await pipelineConversionRows(ctx.db, ctx.actor, scope),
  );
  const sums: PipelineSum[] = rows
    .filter((r) => r.kind === 'sum')
    .map((r) => ({
      donor: r.donor,
      status: r.status as PipelineStatus,
      count: r.count,
      value: minor(r.value) ?? 0n,
      unvalued: r.unvalued,
      unconvertible: r.unconvertible,
    }));
  const items: PipelineItem[] = rows
    .filter((r) => r.kind === 'item')
    .map((r) => ({
      id: r.id!,
      donor: r.donor,
      status: r.status as PipelineStatus,
      value: minor(r.value),
      plannedOn: r.planned_on,
      suspendedSince: r.suspended_since,
      suspendedUntil: r.suspended_until,
      daysOverdue: r.days_overdue,
    }));
  const shaped = shapePipeline(sums, items, input.currency);
  return {
    currency: input.currency,
    recipient: input.recipient,
    on,
    ...shaped,
    excluded: { sales: counts.sales, replenishments: counts.replenishments },
    conversion,
    rules: [...pipelineRules],
    ...reportNotes(pipelineNotes(shaped.totals), conversion),
  };
}
