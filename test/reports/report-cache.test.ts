/**
 * Reports are computed once per change of the data: repeated requests of one scope and
 * parameters are answered from the cache, and any write (from this process or, on PostgreSQL,
 * from another server process) makes the next request compute the report again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { openTestDb, testDbKind, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let ctx: AppContext;
const outcomes: string[] = [];
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  ctx = { ...t.ctx, metrics: { reportCache: (outcome) => outcomes.push(outcome) } };
});
afterAll(() => t.close());

const committed = async (c: AppContext, donor: string) =>
  BigInt((await reportBurden(c)).donors.find((d) => d.donor === donor)?.committed.amount_minor ?? '0');

const pledge = (id: string) => ({
  id,
  donor: 'NO',
  recipient: 'UA',
  mode: 'donation' as const,
  money: { amount: '1000000', currency: 'EUR', value_date: '2024-03-01' },
  announced_on: '2024-03-01',
});

describe('report cache', () => {
  it('answers a repeated request from the cache, per visibility scope', async () => {
    outcomes.length = 0;
    const first = await reportBurden(ctx, { currency: 'EUR' });
    const second = await reportBurden(ctx, { currency: 'EUR' });
    expect(second).toEqual(first);
    const asFrance = actingAs(ctx, { id: 'fr', role: 'representative', party: 'FR' }, null);
    await reportBurden(asFrance, { currency: 'EUR' });
    await reportBurden(ctx, { currency: 'USD' });
    expect(outcomes).toEqual(['miss', 'hit', 'miss', 'miss']);
  });

  it('computes the report again after a write', async () => {
    const before = await committed(ctx, 'NO');
    await createCommitment(ctx, pledge('no-cache-test-1'));
    outcomes.length = 0;
    expect((await committed(ctx, 'NO')) - before).toBe(100_000_000n);
    expect(outcomes).toEqual(['miss']);
  });

  it.skipIf(testDbKind !== 'postgres')(
    'sees a write made by another server process on the same PostgreSQL database',
    async () => {
      const before = await committed(ctx, 'NO');
      const other = await openPostgres(t.url!, { maxConnections: 1 });
      try {
        await createCommitment(createContext(other), pledge('no-cache-test-2'));
      } finally {
        await other.close();
      }
      expect((await committed(ctx, 'NO')) - before).toBe(100_000_000n);
    },
  );
});
