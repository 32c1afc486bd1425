/** Policy events' effects on commitments: which commitments a suspension touched, with visibility applied. */
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo } from '../visibility.ts';

export interface SuspendableRow {
  id: string;
  version: number;
  donor: string;
  owner_party: string | null;
}

export const policyEvents = {
  /** What each policy event wrote, limited to the commitments `actor` may see. */
  async effects(db: Queryable, ids: readonly string[], actor: Actor): Promise<Map<string, unknown[]>> {
    const map = new Map<string, unknown[]>();
    if (ids.length === 0) return map;
    const rows = await kysely(db)
      .selectFrom('policy_event_effects as f')
      .innerJoin('commitments as c', 'c.id', 'f.commitment_id')
      .select(['f.policy_event_id', 'f.commitment_id', 'f.seq'])
      .where('f.policy_event_id', 'in', ids)
      .where(visibleTo(actor, 'c'))
      .orderBy('f.commitment_id')
      .execute();
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
    return kysely(db)
      .selectFrom('commitments as c')
      .select(['c.id', 'c.version', 'c.donor', 'c.owner_party'])
      .where((eb) =>
        eb.or([eb('c.donor', '=', scope.party), eb(eb.val(scope.party), '=', eb.fn.any('c.co_donors'))]),
      )
      .$if(scope.recipient !== null, (q) => q.where('c.recipient', '=', scope.recipient!))
      .where('c.announced_on', '<=', scope.startsOn)
      .where(visibleTo(actor, 'c'))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('policy_event_effects as f')
              .select('f.seq')
              .whereRef('f.commitment_id', '=', 'c.id')
              .where('f.policy_event_id', '=', scope.policyEvent),
          ),
        ),
      )
      .orderBy('c.id')
      .execute();
  },

  async addEffect(tx: Queryable, effect: { policyEvent: string; commitment: string; seq: number }) {
    await kysely(tx)
      .insertInto('policy_event_effects')
      .values({ policy_event_id: effect.policyEvent, commitment_id: effect.commitment, seq: effect.seq })
      .execute();
  },
};
