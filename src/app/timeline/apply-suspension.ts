/**
 * A donor's suspension of aid, written onto its open commitments as suspension events (the
 * pipeline's own vocabulary), once per commitment; recorded in policy_event_effects.
 */
import { AppError } from '../../domain/errors.ts';
import { derivePipeline } from '../../domain/ledger/pipeline.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { toPipelineEvent, toPipelineLine } from '../commitments/commitment-view.ts';
import { addCommitmentEvent } from '../commitments/record-commitment-event.ts';
import type { PolicyEventInput } from './policy-event.record.ts';

export async function suspensionEffects(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, unknown[]>> {
  const rows = await db.query<{ policy_event_id: string; commitment_id: string; seq: number }>(
    `SELECT policy_event_id, commitment_id, seq FROM policy_event_effects
      WHERE policy_event_id = ANY($1::text[]) ORDER BY commitment_id`,
    [ids],
  );
  const map = new Map<string, unknown[]>();
  for (const r of rows)
    map.set(r.policy_event_id, [
      ...(map.get(r.policy_event_id) ?? []),
      { commitment: r.commitment_id, seq: r.seq },
    ]);
  return map;
}

export async function applySuspension(tx: Queryable, id: string, input: PolicyEventInput): Promise<void> {
  if (input.kind !== 'suspension' || !input.starts_on) return;
  const start = input.starts_on;
  const candidates = await tx.query<{ id: string; version: number }>(
    `SELECT c.id, c.version FROM commitments c
      WHERE (c.donor = $1 OR $1 = ANY(c.co_donors)) AND ($2::text IS NULL OR c.recipient = $2)
        AND c.announced_on <= $3::date
        AND NOT EXISTS (SELECT 1 FROM policy_event_effects f WHERE f.policy_event_id = $4 AND f.commitment_id = c.id)
      ORDER BY c.id`,
    [input.party, input.target_party ?? null, start, id],
  );
  const ids = candidates.map((c) => c.id);
  const [lines, events] = await Promise.all([commitments.lines(tx, ids), commitments.events(tx, ids)]);
  for (const c of candidates) {
    const state = derivePipeline(
      (lines.get(c.id) ?? []).map(toPipelineLine),
      (events.get(c.id) ?? []).map(toPipelineEvent),
      start,
    );
    // Only what was still to be delivered is held back; a commitment already suspended keeps its own.
    if (state.status === 'delivered' || state.status === 'cancelled' || state.suspension) continue;
    let seq: number;
    try {
      seq = await addCommitmentEvent(tx, c.id, {
        kind: 'suspension',
        date: start,
        until: input.ends_on ?? null,
        increase: false,
        note: `policy event ${id}: ${input.title}`,
      });
    } catch (error) {
      // Cancelled since, or suspended by its own event: the pipeline refuses, and it is right to.
      if (error instanceof AppError) continue;
      throw error;
    }
    // The record machinery gives this hook no clock; the instant only marks the version bump.
    await commitments.touch(tx, c.id, c.version, new Date());
    await tx.query(
      'INSERT INTO policy_event_effects (policy_event_id, commitment_id, seq) VALUES ($1, $2, $3)',
      [id, c.id, seq],
    );
  }
}
