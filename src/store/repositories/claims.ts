/** Reported figures (table `claims`), with the caller's visibility and write rights in every statement. */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { visibleTo, writableBy } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';

export type ClaimRow = Selectable<Schema['claims']>;
export type NewClaim = Insertable<Schema['claims']>;

/** The filters of a claim list, in the order the API lists them. */
export const claimFilters = ['party', 'subject', 'measure'] as const;
export type ClaimFilter = Partial<Record<(typeof claimFilters)[number], string>>;

/** The claims `actor` may see matching `filter`, by subject and date. */
function matching(db: Queryable, actor: Actor, filter: ClaimFilter) {
  const { party, subject, measure } = filter;
  return kysely(db)
    .selectFrom('claims as c')
    .selectAll('c')
    .$if(party !== undefined, (q) => q.where('c.party', '=', party!))
    .$if(subject !== undefined, (q) => q.where('c.subject', '=', subject!))
    .$if(measure !== undefined, (q) => q.where('c.measure', '=', measure!))
    .where(visibleTo(actor, 'c'))
    .orderBy('c.subject')
    .orderBy('c.as_of', (o) => o.asc().nullsLast())
    .orderBy('c.id');
}

export interface ConflictingPair {
  subject: string;
  currency: string;
  a_id: string;
  a_amount: bigint;
  a_as_of: string;
  a_by: string | null;
  b_id: string;
  b_amount: bigint;
  b_as_of: string;
  b_by: string | null;
  a_visibility: string;
  a_owner: string | null;
  b_visibility: string;
  b_owner: string | null;
}

export const claims = {
  ...readsOf(matching, 'c.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'claims', id),

  async insert(tx: Queryable, row: NewClaim): Promise<void> {
    await kysely(tx).insertInto('claims').values(row).execute();
  },

  /** Writes `row` when the stored claim is still at `version` and `actor`'s to write; false otherwise. */
  update: (tx: Queryable, actor: Actor, row: NewClaim, version: number, at: Date) =>
    updateVersioned(tx, 'claims', row, version, at, writableBy(actor, 'claims', ['party'])),

  versions: (db: Queryable) => versionsOf(db, 'claims'),

  /**
   * Pairs of claims `actor` may see on the same subject, in the same currency, with different
   * amounts, dated within 31 days of each other, the later one inside the window.
   */
  conflictingPairs(
    db: Queryable,
    actor: Actor,
    window: { from: string; to: string },
  ): Promise<ConflictingPair[]> {
    return kysely(db)
      .selectFrom('claims as a')
      .innerJoin('claims as b', (join) =>
        join
          .onRef('b.subject', '=', 'a.subject')
          .onRef('b.currency', '=', 'a.currency')
          .onRef('b.id', '>', 'a.id')
          .onRef('b.amount_minor', '<>', 'a.amount_minor')
          .on(sql<boolean>`abs(b.as_of - a.as_of) <= 31`),
      )
      .select((eb) => [
        'a.subject',
        eb.ref('a.currency').$notNull().as('currency'),
        'a.id as a_id',
        eb.ref('a.amount_minor').$notNull().as('a_amount'),
        eb.ref('a.as_of').$notNull().as('a_as_of'),
        'a.claimed_by as a_by',
        'b.id as b_id',
        eb.ref('b.amount_minor').$notNull().as('b_amount'),
        eb.ref('b.as_of').$notNull().as('b_as_of'),
        'b.claimed_by as b_by',
        'a.visibility as a_visibility',
        'a.owner_party as a_owner',
        'b.visibility as b_visibility',
        'b.owner_party as b_owner',
      ])
      .where('a.amount_minor', 'is not', null)
      .where('b.amount_minor', 'is not', null)
      .where(sql<boolean>`greatest(a.as_of, b.as_of) BETWEEN ${window.from}::date AND ${window.to}::date`)
      .where(visibleTo(actor, 'a'))
      .where(visibleTo(actor, 'b'))
      .orderBy('a.subject')
      .orderBy('a.as_of')
      .orderBy('a.id')
      .execute();
  },
};
