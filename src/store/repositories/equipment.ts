/** The equipment catalogue as readers of the whole table need it (extraction, coverage). */
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';

export interface CatalogueEntry {
  id: string;
  name: string;
  category: string;
  aliases: Record<string, string[]>;
}

export const equipment = {
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
