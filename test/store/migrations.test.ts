import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appliedMigrations, listMigrations, migrate } from '../../src/store/migrate.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ empty: true });
});
afterAll(() => t.close());

describe('migrations', () => {
  it('apply from an empty database, in order, once', async () => {
    const ids = listMigrations().map((m) => m.id);
    expect(await migrate(t.db)).toEqual(ids);
    expect((await appliedMigrations(t.db)).map((m) => m.id)).toEqual(ids);
    expect(await migrate(t.db)).toEqual([]);
    const tables = await t.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    expect(tables.map((r) => r.name)).toEqual(
      expect.arrayContaining(['parties', 'exchange_rates', 'indicators']),
    );
  });

  it('refuse to run when an applied migration was edited', async () => {
    await t.db.query(`UPDATE schema_migrations SET checksum = 'edited' WHERE id = '0001'`);
    await expect(migrate(t.db)).rejects.toThrow(/0001_reference was changed after it was applied/);
  });
});
