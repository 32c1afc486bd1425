/**
 * The data version that keeps report answers: whatever writes (a statement, a transaction, a
 * request's view of the database, and on PostgreSQL another process), the next read of the
 * version sees it, also when many callers ask at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/store/postgres.ts';
import { dataVersion } from '../../src/store/repositories/runtime-state.ts';
import { openTestDb, testDbKind, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

/** A reference load touching no row: the statement trigger still advances the version. */
const touchIndicators = 'UPDATE indicators SET value = value WHERE false';

describe('data version', () => {
  it('is read once and stays the same while nothing is written', async () => {
    const first = await dataVersion.current(t.db);
    expect(await dataVersion.current(t.db)).toBe(first);
    await t.db.query('SELECT count(*) FROM commitments');
    expect(await dataVersion.current(t.db)).toBe(first);
  });

  it('moves after a statement, a transaction and a script that write', async () => {
    const v0 = await dataVersion.current(t.db);
    await t.db.query(touchIndicators);
    const v1 = await dataVersion.current(t.db);
    expect(v1).toBeGreaterThan(v0);
    await t.db.transaction((tx) => tx.query(touchIndicators));
    const v2 = await dataVersion.current(t.db);
    expect(v2).toBeGreaterThan(v1);
    await t.db.exec(`${touchIndicators};`);
    expect(await dataVersion.current(t.db)).toBeGreaterThan(v2);
  });

  it("is shared by a request's view of the database and the database itself", async () => {
    const view = t.db.withSignal(new AbortController().signal);
    const v0 = await dataVersion.current(t.db);
    expect(await dataVersion.current(view)).toBe(v0);
    await view.query(touchIndicators);
    const v1 = await dataVersion.current(t.db);
    expect(v1).toBeGreaterThan(v0);
    await t.db.query(touchIndicators);
    expect(await dataVersion.current(view)).toBeGreaterThan(v1);
  });

  it('gives every one of many concurrent callers the version after a write that ended before they asked', async () => {
    const before = await dataVersion.current(t.db);
    await t.db.query(touchIndicators);
    const seen = await Promise.all(Array.from({ length: 20 }, () => dataVersion.current(t.db)));
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toBeGreaterThan(before);
  });

  it.skipIf(testDbKind !== 'postgres')('sees a write made by another process', async () => {
    const before = await dataVersion.current(t.db);
    const other = await openPostgres(t.url!, { maxConnections: 1 });
    try {
      await other.query(touchIndicators);
    } finally {
      await other.close();
    }
    expect(await dataVersion.current(t.db)).toBeGreaterThan(before);
  });
});
