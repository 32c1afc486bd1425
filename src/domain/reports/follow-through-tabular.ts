/** Flat rows of the follow-through report for tables and CSV: one per meeting. */
import type { FollowThroughShape } from './follow-through.ts';

export function followThroughRows(
  meetings: FollowThroughShape['meetings'],
): Record<string, string | number | null>[] {
  return meetings.map((m) => ({
    meeting: m.meeting.id,
    date: m.meeting.date,
    commitments: m.commitments,
    announced: m.announced.value.amount,
    committed: m.committed.value.amount,
    contracted: m.contracted.value.amount,
    delivered: m.delivered.value.amount,
    delivered_pct: m.delivered.value_pct,
    units: m.announced.units,
    delivered_units: m.delivered.units,
    cancelled: m.cancelled,
    unvalued: m.unvalued,
    estimated: m.estimated.amount,
    low: m.range?.announced.low.amount ?? null,
    high: m.range?.announced.high.amount ?? null,
  }));
}
