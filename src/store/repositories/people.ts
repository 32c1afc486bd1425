/** Officials, one row per holding of an office, with the caller's visibility and write rights in every statement. */
import type { Insertable, Selectable } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { visibleTo, writableBy } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';

export type PersonRow = Selectable<Schema['people']>;
export type NewPerson = Insertable<Schema['people']>;

/** The filters of a list of people, in the order the API lists them (`on`: in office that day). */
export const personFilters = ['role', 'party', 'on'] as const;
export type PersonFilter = Partial<Record<(typeof personFilters)[number], string>>;

/** The holdings of office `actor` may see matching `filter`, by role, party and start. */
function matching(db: Queryable, actor: Actor, filter: PersonFilter) {
  const { role, party, on } = filter;
  return kysely(db)
    .selectFrom('people as p')
    .selectAll('p')
    .$if(role !== undefined, (q) => q.where('p.role', '=', role!))
    .$if(party !== undefined, (q) => q.where('p.party', '=', party!))
    .$if(on !== undefined, (q) =>
      q
        .where('p.from_on', '<=', on!)
        .where((eb) => eb.or([eb('p.to_on', 'is', null), eb('p.to_on', '>', on!)])),
    )
    .where(visibleTo(actor, 'p'))
    .orderBy('p.role')
    .orderBy('p.party')
    .orderBy('p.from_on')
    .orderBy('p.id');
}

export const people = {
  ...readsOf(matching, 'p.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'people', id),

  async insert(tx: Queryable, row: NewPerson): Promise<void> {
    await kysely(tx).insertInto('people').values(row).execute();
  },

  /** Writes `row` when the stored holding of office is still at `version` and `actor`'s to write; false otherwise. */
  update: (tx: Queryable, actor: Actor, row: NewPerson, version: number, at: Date) =>
    updateVersioned(tx, 'people', row, version, at, writableBy(actor, 'people', ['party'])),

  versions: (db: Queryable) => versionsOf(db, 'people'),
};
