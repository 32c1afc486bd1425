/**
 * The pipeline report: how many aid commitments stand at each derived status and what they are
 * worth, per donor; the suspensions in force and the commitments overdue on the report date.
 * Pure: the sums and the listed commitments come from the database.
 */
import { figure, type MoneyFigure } from './burden.ts';
import type { ReportNote } from './report-notes.ts';

export const pipelineStatuses = [
  'announced',
  'committed',
  'contracted',
  'delivering',
  'delivered',
  'cancelled',
] as const;
export type PipelineStatus = (typeof pipelineStatuses)[number];

export const pipelineRules: readonly string[] = [
  'Aid only: sales and replenishments (a donor refilling its own stocks, or a donor giving to itself) are excluded from every count, value and list, and counted under `excluded`.',
  'The status of each commitment is derived from its events known on the report date, by the rules of the ledger (corrections void events or move the status back; deliveries per line; delivered once every line is).',
  "Values are the commitments' recorded money, each converted at its value date (the last ECB rate published on or before it) and rounded once, half to even; commitments in kind without money and vague amounts are counted, not valued.",
  'Co-donors are not counted: a commitment counts once, for its lead donor. Pooled packages count through the commitments linked to them.',
  'A suspension is in force when it started on or before the report date and has not been lifted or run out by then.',
  'Overdue: the latest planned date recorded for the next step is before the report date, and the commitment is neither delivered nor cancelled; days overdue are counted from that planned date.',
];

export interface PipelineSum {
  donor: string;
  status: PipelineStatus;
  count: number;
  value: bigint;
  unvalued: number;
  unconvertible: number;
}

export interface PipelineItem {
  id: string;
  donor: string;
  status: PipelineStatus;
  value: bigint | null;
  plannedOn: string | null;
  suspendedSince: string | null;
  suspendedUntil: string | null;
  daysOverdue: number | null;
}

export interface StatusTotal {
  status: PipelineStatus;
  count: number;
  value: MoneyFigure;
  unvalued: number;
}

type StatusCounts = Record<PipelineStatus, number>;

const zeroStatuses = (): StatusCounts => ({
  announced: 0,
  committed: 0,
  contracted: 0,
  delivering: 0,
  delivered: 0,
  cancelled: 0,
});

export function shapePipeline(
  sums: readonly PipelineSum[],
  items: readonly PipelineItem[],
  currency: string,
) {
  const status = new Map(pipelineStatuses.map((s) => [s, { count: 0, value: 0n, unvalued: 0 }]));
  const donors = new Map<
    string,
    { count: number; value: bigint; unvalued: number; statuses: StatusCounts }
  >();
  let unconvertible = 0;
  for (const s of sums) {
    const st = status.get(s.status)!;
    st.count += s.count;
    st.value += s.value;
    st.unvalued += s.unvalued;
    const d = donors.get(s.donor) ?? { count: 0, value: 0n, unvalued: 0, statuses: zeroStatuses() };
    d.count += s.count;
    d.value += s.value;
    d.unvalued += s.unvalued;
    d.statuses[s.status] += s.count;
    donors.set(s.donor, d);
    unconvertible += s.unconvertible;
  }
  const byDonor = [...donors.entries()]
    .sort(([a, x], [b, y]) => (x.value === y.value ? a.localeCompare(b) : x.value > y.value ? -1 : 1))
    .map(([donor, d]) => ({
      donor,
      count: d.count,
      value: figure(d.value, currency),
      unvalued: d.unvalued,
      statuses: d.statuses,
    }));
  const itemView = (i: PipelineItem) => ({
    id: i.id,
    donor: i.donor,
    status: i.status,
    value: i.value === null ? null : figure(i.value, currency),
    planned_on: i.plannedOn,
  });
  const total = [...status.values()];
  return {
    by_status: pipelineStatuses.map((s) => {
      const st = status.get(s)!;
      return { status: s, count: st.count, value: figure(st.value, currency), unvalued: st.unvalued };
    }),
    by_donor: byDonor,
    totals: {
      count: total.reduce((n, s) => n + s.count, 0),
      value: figure(
        total.reduce((n, s) => n + s.value, 0n),
        currency,
      ),
      unvalued: total.reduce((n, s) => n + s.unvalued, 0),
      unconvertible,
    },
    suspensions: items
      .filter((i) => i.suspendedSince !== null)
      .sort((a, b) =>
        a.suspendedSince! < b.suspendedSince!
          ? -1
          : a.suspendedSince! > b.suspendedSince!
            ? 1
            : a.id.localeCompare(b.id),
      )
      .map((i) => ({ ...itemView(i), since: i.suspendedSince!, until: i.suspendedUntil })),
    overdue: items
      .filter((i) => i.daysOverdue !== null)
      .sort((a, b) =>
        a.daysOverdue === b.daysOverdue ? a.id.localeCompare(b.id) : b.daysOverdue! - a.daysOverdue!,
      )
      .map((i) => ({ ...itemView(i), planned_on: i.plannedOn!, days_overdue: i.daysOverdue! })),
  };
}

export function pipelineNotes(totals: {
  unvalued: number;
  unconvertible: number;
}): ReportNote<'pipeline-unvalued'>[] {
  return totals.unvalued ? [{ id: 'pipeline-unvalued', params: { count: totals.unvalued } }] : [];
}
