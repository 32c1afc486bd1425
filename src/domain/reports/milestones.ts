/**
 * When a commitment was first delivered and when fully, as known on a date: the pipeline is
 * replayed day by day over its events known then (events voided by a correction known then are
 * left out from the start, so a delivery later found wrong never counts as the first one).
 */
import { derivePipeline, type PipelineEvent, type PipelineLine } from '../ledger/pipeline.ts';

export interface Milestones {
  firstDeliveryOn: string | null;
  /** The day the commitment became delivered and stayed so up to the as-of date. */
  fullDeliveryOn: string | null;
}

export function deliveryMilestones(
  lines: readonly PipelineLine[],
  events: readonly PipelineEvent[],
  asOf: string | null,
): Milestones {
  const known = events.filter((e) => asOf === null || e.occurredOn <= asOf);
  const voided = new Set(
    known.filter((e) => e.kind === 'correction' && e.correctsSeq !== null).map((e) => e.correctsSeq),
  );
  const live = known.filter((e) => !voided.has(e.seq));
  const days = [...new Set(live.map((e) => e.occurredOn))].sort();
  let firstDeliveryOn: string | null = null;
  let fullDeliveryOn: string | null = null;
  for (const day of days) {
    const state = derivePipeline(lines, live, day);
    const delivering =
      state.status === 'delivering' ||
      state.status === 'delivered' ||
      state.lines.some((l) => l.delivered > 0n);
    if (delivering && firstDeliveryOn === null) firstDeliveryOn = day;
    if (state.status !== 'delivered') fullDeliveryOn = null;
    else if (fullDeliveryOn === null) fullDeliveryOn = day;
  }
  return { firstDeliveryOn, fullDeliveryOn };
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
