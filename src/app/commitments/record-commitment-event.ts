import type { Actor } from '../../domain/access/actor.ts';
import { requireWrite } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { appendAudit } from '../../store/audit.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import type { CommitmentEventInput, CommitmentOutput } from './commitment.types.ts';
import { toPipelineEvent, toPipelineLine } from './commitment-view.ts';
import { loadCommitment } from './get-commitment.ts';
import { checkedEvent } from './new-event.ts';

/** Adds one event inside an open transaction, after checking it against the pipeline rules. */
export async function addCommitmentEvent(
  tx: Queryable,
  id: string,
  input: CommitmentEventInput,
  actor: Actor,
): Promise<number> {
  const [lines, events] = await Promise.all([commitments.lines(tx, [id]), commitments.events(tx, [id])]);
  const event = checkedEvent(
    (lines.get(id) ?? []).map(toPipelineLine),
    (events.get(id) ?? []).map(toPipelineEvent),
    input,
  );
  const sourceId = input.source
    ? await sources.resolve(
        tx,
        typeof input.source === 'string' ? { url: input.source } : input.source,
        actor,
      )
    : null;
  return commitments.insertEvent(tx, {
    commitment_id: id,
    kind: event.kind,
    status: event.status,
    occurred_on: event.occurredOn,
    planned_on: event.plannedOn,
    line_no: event.lineNo,
    quantity: event.quantity,
    increase: event.increase,
    until_on: event.untilOn,
    corrects_seq: event.correctsSeq,
    source_id: sourceId,
    note: input.note ?? null,
  });
}

/** Records a step of the pipeline: a status change, a (partial) delivery, a suspension, a correction. */
export function recordCommitmentEvent(
  ctx: AppContext,
  input: { id: string; version: number; event: CommitmentEventInput },
): Promise<CommitmentOutput> {
  return ctx.db.transaction((tx) => recordCommitmentEventIn(ctx, tx, input).then((r) => r.after));
}

/**
 * Inside an open transaction (also used by a suspension and a revert): the commitment must be
 * visible to the caller and theirs to write; one audit event for the change.
 */
export async function recordCommitmentEventIn(
  ctx: AppContext,
  tx: Queryable,
  input: { id: string; version: number; event: CommitmentEventInput },
): Promise<{ after: CommitmentOutput; seq: number }> {
  {
    const locked = await commitments.lockVersion(tx, input.id);
    const before = await loadCommitment(ctx, tx, input.id).catch(() => null);
    if (locked === undefined || !before) throw new AppError('not_found', `no commitment ${input.id}`);
    requireWrite(ctx.actor, { owner: before.owner_party, speaksFor: [before.donor] });
    if (locked !== input.version) {
      throw new AppError(
        'version_conflict',
        `commitment ${input.id} changed since version ${input.version} (now ${locked}); reload it`,
      );
    }
    const seq = await addCommitmentEvent(tx, input.id, input.event, ctx.actor);
    await commitments.touch(tx, ctx.actor, input.id, input.version, ctx.clock.now());
    const after = await loadCommitment(ctx, tx, input.id);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: `commitment.event.${input.event.kind}`,
        recordType: 'commitment',
        recordId: input.id,
        before: { version: before.version, state: before.state },
        after: { version: after.version, state: after.state, event: after.events.find((e) => e.seq === seq) },
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return { after, seq };
  }
}
