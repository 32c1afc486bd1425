/** A pipeline event as given, checked against the commitment's lines and the events before it. */
import { checkNewEvent, type PipelineEvent, type PipelineLine } from '../../domain/ledger/pipeline.ts';
import { AppError } from '../../domain/errors.ts';
import type { CommitmentEventInput } from './commitment.types.ts';

/**
 * The event to store, after the pipeline rules: a delivery on a commitment with a single line
 * is on that line. Throws a precise error when the event may not follow `events`.
 */
export function checkedEvent(
  lines: readonly PipelineLine[],
  events: readonly PipelineEvent[],
  input: CommitmentEventInput,
): Omit<PipelineEvent, 'seq'> {
  const event = {
    kind: input.kind,
    status: input.status ?? null,
    occurredOn: input.date,
    plannedOn: input.planned_on ?? null,
    lineNo: input.line ?? (input.kind === 'delivery' && lines.length === 1 ? 1 : null),
    quantity: input.quantity === null || input.quantity === undefined ? null : BigInt(input.quantity),
    increase: input.increase,
    untilOn: input.until ?? null,
    correctsSeq: input.corrects ?? null,
  };
  checkNewEvent(lines, events, event);
  return event;
}

/** An error about the event at `index` of a record's `events`, with the field path to it. */
export function atEvent(index: number, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError(error.code, `events.${index}: ${error.message}`, {
    issues: error.issues.map((issue) => ({ ...issue, field: `events.${index}.${issue.field}` })),
  });
}
