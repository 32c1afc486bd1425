/**
 * A donor's suspension of aid, written onto its open commitments as suspension events (the
 * pipeline's own vocabulary), once per commitment; recorded in policy_event_effects. A use case of
 * its own: it touches only the commitments the caller may see and write, each change audited.
 * The events it writes name the policy event in their note; a commitment that already carries such
 * an event (imported with its pipeline, as after an export and import) is linked to it, not
 * suspended a second time, so the effects survive a round trip.
 */
import { mayWrite } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { derivePipeline } from '../../domain/ledger/pipeline.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { policyEvents } from '../../store/repositories/policy-events.ts';
import { toPipelineEvent, toPipelineLine } from '../commitments/commitment-view.ts';
import { recordCommitmentEventIn } from '../commitments/record-commitment-event.ts';
import type { AppContext } from '../context.ts';
import type { PolicyEventInput } from './policy-event.types.ts';

/** The note of each suspension event a policy event writes: how the event is recognised as its effect. */
const effectNote = (id: string, title: string) => `policy event ${id}: ${title}`;
const writtenBy = (id: string, note: string | null) => note?.startsWith(`policy event ${id}: `) ?? false;

export async function applySuspension(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  input: PolicyEventInput,
): Promise<void> {
  if (input.kind !== 'suspension' || !input.starts_on) return;
  const start = input.starts_on;
  const candidates = await policyEvents.suspendable(tx, ctx.actor, {
    policyEvent: id,
    party: input.party,
    recipient: input.target_party ?? null,
    startsOn: start,
  });
  const writable = candidates.filter((c) =>
    mayWrite(ctx.actor, { owner: c.owner_party, speaksFor: [c.donor] }),
  );
  const ids = writable.map((c) => c.id);
  const [lines, events] = await Promise.all([commitments.lines(tx, ids), commitments.events(tx, ids)]);
  for (const c of writable) {
    const written = (events.get(c.id) ?? []).find((e) => e.kind === 'suspension' && writtenBy(id, e.note));
    if (written) {
      await policyEvents.addEffect(tx, { policyEvent: id, commitment: c.id, seq: written.seq });
      continue;
    }
    const state = derivePipeline(
      (lines.get(c.id) ?? []).map(toPipelineLine),
      (events.get(c.id) ?? []).map(toPipelineEvent),
      start,
    );
    // Only what was still to be delivered is held back; a commitment already suspended keeps its own.
    if (state.status === 'delivered' || state.status === 'cancelled' || state.suspension) continue;
    let seq: number;
    try {
      ({ seq } = await recordCommitmentEventIn(ctx, tx, {
        id: c.id,
        version: c.version,
        event: {
          kind: 'suspension',
          date: start,
          until: input.ends_on ?? null,
          increase: false,
          note: effectNote(id, input.title),
        },
      }));
    } catch (error) {
      // Cancelled since, or suspended by its own event: the pipeline refuses, and it is right to.
      if (error instanceof AppError && error.code === 'invalid_input') continue;
      throw error;
    }
    await policyEvents.addEffect(tx, { policyEvent: id, commitment: c.id, seq });
  }
}
