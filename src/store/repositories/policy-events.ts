/** Policy events' effects on commitments: which commitments a suspension touched, with visibility applied. */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo } from '../../domain/access/visibility.ts';
import type { Queryable } from '../database.ts';

export interface SuspendableRow {
  id: string;
  version: number;
  donor: string;
  owner_party: string | null;
}

export const policyEvents = {
  /** What each policy event wrote, limited to the commitments `actor` may see. */
  async effects(db: Queryable, ids: readonly string[], actor: Actor): Promise<Map<string, unknown[]>> {
    const visible = visibleTo(actor, 'c', 2);
    const rows = await db.query<{ policy_event_id: string; commitment_id: string; seq: number }>(
      `SELECT f.policy_event_id, f.commitment_id, f.seq
         FROM policy_event_effects f JOIN commitments c ON c.id = f.commitment_id
        WHERE f.policy_event_id = ANY($1::text[]) AND ${visible.sql}
        ORDER BY f.commitment_id`,
      [ids, ...visible.params],
    );
    const map = new Map<string, unknown[]>();
    for (const r of rows)
      map.set(r.policy_event_id, [
        ...(map.get(r.policy_event_id) ?? []),
        { commitment: r.commitment_id, seq: r.seq },
      ]);
    return map;
  },

  /** The donor's commitments visible to `actor`, announced by the start, not yet touched by this event. */
  suspendable(
    db: Queryable,
    actor: Actor,
    scope: { policyEvent: string; party: string; recipient: string | null; startsOn: string },
  ): Promise<SuspendableRow[]> {
    const visible = visibleTo(actor, 'c', 5);
    return db.query<SuspendableRow>(
      `SELECT c.id, c.version, c.donor, c.owner_party FROM commitments c
        WHERE (c.donor = $1 OR $1 = ANY(c.co_donors)) AND ($2::text IS NULL OR c.recipient = $2)
          AND c.announced_on <= $3::date AND ${visible.sql}
          AND NOT EXISTS (SELECT 1 FROM policy_event_effects f
                           WHERE f.policy_event_id = $4 AND f.commitment_id = c.id)
        ORDER BY c.id`,
      [scope.party, scope.recipient, scope.startsOn, scope.policyEvent, ...visible.params],
    );
  },

  async addEffect(tx: Queryable, effect: { policyEvent: string; commitment: string; seq: number }) {
    await tx.query(
      'INSERT INTO policy_event_effects (policy_event_id, commitment_id, seq) VALUES ($1, $2, $3)',
      [effect.policyEvent, effect.commitment, effect.seq],
    );
  },
};
