import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';

export interface ReferenceDataset {
  name: string;
  checksum: string;
  row_count: number;
  loaded_at: Date;
}

export const referenceDatasets = {
  async get(db: Queryable, name: string): Promise<ReferenceDataset | undefined> {
    const [row] = await rowsOf(
      db,
      sql<ReferenceDataset>`SELECT * FROM reference_datasets WHERE name = ${name}`,
    );
    return row;
  },
  async list(db: Queryable): Promise<ReferenceDataset[]> {
    return db.query<ReferenceDataset>('SELECT * FROM reference_datasets ORDER BY name');
  },
  async record(db: Queryable, name: string, checksum: string, rowCount: number): Promise<void> {
    await rowsOf(
      db,
      sql`INSERT INTO reference_datasets (name, checksum, row_count) VALUES (${name}, ${checksum}, ${rowCount})
       ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, row_count = excluded.row_count, loaded_at = now()`,
    );
  },
};
