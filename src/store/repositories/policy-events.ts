/**
 * Policy events, with the caller's visibility and write rights in every statement, and their
 * effects on commitments: which commitments a suspension touched, with visibility applied.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { visibleTo, writableBy } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';

export type PolicyEventRow = Selectable<Schema['policy_events']>;
export type NewPolicyEvent = Insertable<Schema['policy_events']>;

/** The filters of a policy-event list, in the order the API lists them. */
export const policyEventFilters = ['kind', 'party', 'from', 'to'] as const;
export type PolicyEventFilter = Partial<Record<(typeof policyEventFilters)[number], string>>;

/**
 * The policy events `actor` may see matching `filter` (`party`: made by, aimed at or naming it as
 * a chair; `from`/`to`: in effect during the period), by start.
 */
function matching(db: Queryable, actor: Actor, filter: PolicyEventFilter) {
  const { kind, party, from, to } = filter;
  return kysely(db)
    .selectFrom('policy_events as e')
    .selectAll('e')
    .$if(kind !== undefined, (q) => q.where('e.kind', '=', kind!))
    .$if(party !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('e.party', '=', party!),
          eb('e.target_party', '=', party!),
          eb(eb.val(party!), '=', eb.fn.any('e.chairs')),
        ]),
      ),
    )
    .$if(from !== undefined, (q) =>
      q.where((eb) =>
        eb(eb.fn.coalesce('e.due_on', 'e.ends_on', 'e.starts_on', 'e.announced_on'), '>=', from!),
      ),
    )
    .$if(to !== undefined, (q) =>
      q.where((eb) =>
        eb(eb.fn('least', ['e.announced_on', eb.fn.coalesce('e.starts_on', 'e.announced_on')]), '<=', to!),
      ),
    )
    .where(visibleTo(actor, 'e'))
    .orderBy((eb) => eb.fn.coalesce('e.starts_on', 'e.announced_on'))
    .orderBy('e.id');
}

export interface SuspendableRow {
  id: string;
  version: number;
  donor: string;
  owner_party: string | null;
}

export const policyEvents = {
  ...readsOf(matching, 'e.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'policy_events', id),

  async insert(tx: Queryable, row: NewPolicyEvent): Promise<void> {
    await kysely(tx).insertInto('policy_events').values(row).execute();
  },

  /** Writes `row` when the stored policy event is still at `version` and `actor`'s to write; false otherwise. */
  update: (tx: Queryable, actor: Actor, row: NewPolicyEvent, version: number, at: Date) =>
    updateVersioned(tx, 'policy_events', row, version, at, writableBy(actor, 'policy_events', ['party'])),

  versions: (db: Queryable) => versionsOf(db, 'policy_events'),

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
