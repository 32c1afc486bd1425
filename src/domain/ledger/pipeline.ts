/**
 * The pipeline of a commitment: announced → committed → contracted → delivering → delivered,
 * or cancelled. The state is derived from dated events and never stored, so any date can be
 * replayed. The rules a new event must respect live here too.
 */
import { AppError } from '../errors.ts';
import type { EventKind, Status } from './vocabulary.ts';

export interface PipelineEvent {
  seq: number;
  kind: EventKind;
  status: Status | null;
  occurredOn: string;
  plannedOn: string | null;
  lineNo: number | null;
  quantity: bigint | null;
  increase: boolean;
  untilOn: string | null;
  correctsSeq: number | null;
}

export interface PipelineLine {
  lineNo: number;
  quantity: bigint | null;
}

export interface LineProgress {
  lineNo: number;
  committed: bigint | null;
  delivered: bigint;
}

export interface PipelineState {
  status: Status;
  lines: LineProgress[];
  /** The suspension in force on the date of the state, if any. */
  suspension: { since: string; until: string | null } | null;
  /** The latest planned date recorded for the next step, if any. */
  plannedOn: string | null;
  lastEventOn: string | null;
}

const rank: Record<Status, number> = {
  announced: 0,
  committed: 1,
  contracted: 2,
  delivering: 3,
  delivered: 4,
  cancelled: 5,
};

export const isFinal = (status: Status) => status === 'cancelled';

function byDate(a: PipelineEvent, b: PipelineEvent) {
  return a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.seq - b.seq;
}

/** The state on `asOf` (inclusive; all events when null). */
export function derivePipeline(
  lines: readonly PipelineLine[],
  events: readonly PipelineEvent[],
  asOf: string | null = null,
): PipelineState {
  const known = events.filter((e) => asOf === null || e.occurredOn <= asOf).sort(byDate);
  const voided = new Set(
    known.filter((e) => e.kind === 'correction' && e.correctsSeq !== null).map((e) => e.correctsSeq),
  );
  const progress = new Map<number, LineProgress>(
    lines.map((l) => [l.lineNo, { lineNo: l.lineNo, committed: l.quantity, delivered: 0n }]),
  );
  let status: Status = 'announced';
  let suspension: PipelineState['suspension'] = null;
  let plannedOn: string | null = null;
  let lastEventOn: string | null = null;

  const deliver = (lineNo: number | null, quantity: bigint | null, increase: boolean) => {
    const line = lineNo === null ? undefined : progress.get(lineNo);
    if (line && quantity !== null) {
      line.delivered += quantity;
      if (increase && line.committed !== null && line.delivered > line.committed)
        line.committed = line.delivered;
    }
    if (rank[status] < rank.delivering) status = 'delivering';
  };

  for (const event of known) {
    lastEventOn = event.occurredOn;
    if (voided.has(event.seq)) continue;
    if (event.plannedOn) plannedOn = event.plannedOn;
    switch (event.kind) {
      case 'status':
        if (event.status && (rank[event.status] > rank[status] || isFinal(event.status)))
          status = event.status;
        break;
      case 'delivery':
        deliver(event.lineNo, event.quantity, event.increase);
        break;
      case 'suspension':
        suspension = { since: event.occurredOn, until: event.untilOn };
        break;
      case 'resumption':
        suspension = null;
        break;
      case 'correction':
        if (event.status) status = event.status; // the one way back
        if (event.quantity !== null) deliver(event.lineNo, event.quantity, event.increase);
        break;
    }
  }

  const lineList = [...progress.values()];
  const measurable = lineList.filter((l) => l.committed !== null && l.committed > 0n);
  if (
    status === 'delivering' &&
    measurable.length > 0 &&
    measurable.every((l) => l.delivered >= (l.committed ?? 0n))
  ) {
    status = 'delivered';
  }
  const on = asOf ?? lastEventOn;
  if (suspension && suspension.until !== null && on !== null && suspension.until < on) suspension = null;
  return { status, lines: lineList, suspension, plannedOn, lastEventOn };
}

function refuse(message: string, field: string): never {
  throw new AppError('invalid_input', message, { issues: [{ field, message }] });
}

/** Checks that `event` may follow the recorded ones; throws a precise error otherwise. */
export function checkNewEvent(
  lines: readonly PipelineLine[],
  events: readonly PipelineEvent[],
  event: Omit<PipelineEvent, 'seq'>,
): void {
  const current = derivePipeline(lines, events);
  if (isFinal(current.status) && event.kind !== 'correction') {
    refuse('the commitment is cancelled, which is final; only a correction can change it', 'kind');
  }
  switch (event.kind) {
    case 'status':
      if (!event.status) refuse('a status event needs a status', 'status');
      if (rank[event.status] < rank[current.status]) {
        refuse(
          `cannot go back from ${current.status} to ${event.status}; record a correction instead`,
          'status',
        );
      }
      break;
    case 'delivery': {
      if (event.lineNo === null) refuse('a delivery names the line it delivers', 'line');
      const line = current.lines.find((l) => l.lineNo === event.lineNo);
      if (!line) refuse(`the commitment has no line ${event.lineNo}`, 'line');
      if (event.quantity === null || event.quantity <= 0n)
        refuse('a delivery has a positive quantity', 'quantity');
      if (line.committed !== null && line.delivered + event.quantity > line.committed && !event.increase) {
        refuse(
          `delivering ${event.quantity} on line ${line.lineNo} would exceed the ${line.committed} committed ` +
            `(${line.delivered} already delivered); mark it as an increase if the pledge grew`,
          'quantity',
        );
      }
      break;
    }
    case 'suspension':
      if (event.untilOn !== null && event.untilOn < event.occurredOn)
        refuse('a suspension ends after it starts', 'until');
      if (current.suspension && current.suspension.until === null)
        refuse('deliveries are already suspended', 'kind');
      break;
    case 'resumption':
      if (!current.suspension) refuse('there is no suspension to lift', 'kind');
      break;
    case 'correction': {
      if (event.correctsSeq === null && !event.status && event.quantity === null) {
        refuse('a correction names the event it corrects, or sets a status or a quantity', 'corrects');
      }
      if (event.correctsSeq !== null && !events.some((e) => e.seq === event.correctsSeq)) {
        refuse(`there is no event ${event.correctsSeq} to correct`, 'corrects');
      }
      break;
    }
  }
}
