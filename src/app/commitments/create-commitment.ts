import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { appendAudit } from '../../store/audit.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { sourceLinks } from '../ledger/source-links.ts';
import type { CommitmentEventInput, CommitmentInput, CommitmentOutput } from './commitment.types.ts';
import { newCommitmentId, toCommitmentRow } from './commitment-row.ts';
import { loadCommitment } from './get-commitment.ts';
import { atEvent } from './new-event.ts';
import { addCommitmentEvent } from './record-commitment-event.ts';

/** The events of an input: `events` as given, or a data set's `status_history`. */
export function inputEvents(input: CommitmentInput): CommitmentEventInput[] {
  if (input.events) return input.events;
  return (input.status_history ?? []).map((h) => ({
    kind: 'status' as const,
    status: h.status,
    date: h.date,
    source: h.source ?? null,
    note: h.note ?? null,
    increase: false,
  }));
}

/** Inserts inside an open transaction (also used by import); returns the stored view. */
export async function insertCommitment(
  ctx: AppContext,
  tx: Queryable,
  input: CommitmentInput,
): Promise<CommitmentOutput> {
  const id = input.id ?? newCommitmentId();
  const { row, lines } = await toCommitmentRow(tx, id, input);
  requireWrite(ctx.actor, { owner: row.owner_party, speaksFor: [row.donor] });
  if (await commitments.exists(tx, id)) throw idTaken('commitment', id);
  await commitments.insert(tx, row, lines);
  await sources.link(tx, 'commitment', id, sourceLinks(input.sources), ctx.actor);
  const events = inputEvents(input);
  if (!events.some((e) => e.kind === 'status') && input.announced_on) {
    events.unshift({ kind: 'status', status: 'announced', date: input.announced_on, increase: false });
  }
  for (const [i, event] of events.entries()) {
    await addCommitmentEvent(tx, id, event, ctx.actor).catch((error: unknown) => {
      throw atEvent(i, error);
    });
  }
  const view = await loadCommitment(ctx, tx, id);
  await appendAudit(
    tx,
    {
      actor: ctx.actor.id,
      action: 'commitment.create',
      recordType: 'commitment',
      recordId: id,
      before: null,
      after: view,
      requestId: ctx.requestId,
    },
    ctx.clock.now(),
  );
  return view;
}

export async function createCommitment(ctx: AppContext, input: CommitmentInput): Promise<CommitmentOutput> {
  return ctx.db.transaction((tx) => insertCommitment(ctx, tx, input));
}
