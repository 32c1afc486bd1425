/**
 * The equipment catalogue (table `equipment_types`): kept by the coordinators, seen by everyone;
 * and the whole table as extraction and coverage read it.
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { keptByCoordinators } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';

export type EquipmentRow = Selectable<Schema['equipment_types']>;
export type NewEquipment = Insertable<Schema['equipment_types']>;

/** The filters of an equipment list, in the order the API lists them. */
export const equipmentFilters = ['category', 'origin', 'q'] as const;
export type EquipmentFilter = Partial<Record<(typeof equipmentFilters)[number], string>>;

/** The equipment types matching `filter` (`q`: in the id, name or aliases), by id; every caller sees them. */
function matching(db: Queryable, _actor: Actor, filter: EquipmentFilter) {
  const { category, origin, q: text } = filter;
  const pattern = `%${text}%`;
  return kysely(db)
    .selectFrom('equipment_types as e')
    .selectAll('e')
    .$if(category !== undefined, (q) => q.where('e.category', '=', category!))
    .$if(origin !== undefined, (q) => q.where('e.origin', '=', origin!))
    .$if(text !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('e.id', 'ilike', pattern),
          eb('e.name', 'ilike', pattern),
          eb(sql<string>`e.aliases::text`, 'ilike', pattern),
        ]),
      ),
    )
    .orderBy('e.id');
}

export interface CatalogueEntry {
  id: string;
  name: string;
  category: string;
  aliases: Record<string, string[]>;
}

export const equipment = {
  ...readsOf(matching, 'e.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'equipment_types', id),

  async insert(tx: Queryable, row: NewEquipment): Promise<void> {
    await kysely(tx).insertInto('equipment_types').values(row).execute();
  },

  /** Writes `row` when the stored equipment type is still at `version` and `actor`'s to write; false otherwise. */
  update: (tx: Queryable, actor: Actor, row: NewEquipment, version: number, at: Date) =>
    updateVersioned(tx, 'equipment_types', row, version, at, keptByCoordinators(actor)),

  versions: (db: Queryable) => versionsOf(db, 'equipment_types'),

  /** Every equipment type, by id. */
  async catalogue(db: Queryable): Promise<CatalogueEntry[]> {
    const rows = await kysely(db)
      .selectFrom('equipment_types')
      .select(['id', 'name', 'category', 'aliases'])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r, aliases: r.aliases as CatalogueEntry['aliases'] }));
  },
};
