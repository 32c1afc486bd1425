/** Defence-spending targets: kept by the coordinators, seen by everyone. */
import type { Insertable, Selectable } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { keptByCoordinators } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';

export type TargetRow = Selectable<Schema['targets']>;
export type NewTarget = Insertable<Schema['targets']>;

/** The filters of a target list, in the order the API lists them. */
export const targetFilters = ['metric'] as const;
export type TargetFilter = Partial<Record<(typeof targetFilters)[number], string>>;

/** The targets matching `filter`, by the date they were agreed; every caller sees them. */
function matching(db: Queryable, _actor: Actor, filter: TargetFilter) {
  return kysely(db)
    .selectFrom('targets as t')
    .selectAll('t')
    .$if(filter.metric !== undefined, (q) => q.where('t.metric', '=', filter.metric!))
    .orderBy('t.agreed_on', (o) => o.asc().nullsLast())
    .orderBy('t.id');
}

export const targets = {
  ...readsOf(matching, 't.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'targets', id),

  async insert(tx: Queryable, row: NewTarget): Promise<void> {
    await kysely(tx).insertInto('targets').values(row).execute();
  },

  /** Writes `row` when the stored target is still at `version` and `actor`'s to write; false otherwise. */
  update: (tx: Queryable, actor: Actor, row: NewTarget, version: number, at: Date) =>
    updateVersioned(tx, 'targets', row, version, at, keptByCoordinators(actor)),

  versions: (db: Queryable) => versionsOf(db, 'targets'),
};
