import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { readFreshness } from '../../src/app/reference/read-freshness.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

describe('freshness', () => {
  it('names the last ECB day and the last change the reader may see, not a hidden one', async () => {
    const [last] = await t.db.query<{ day: string }>(
      'SELECT max(rate_date)::text AS day FROM exchange_rates',
    );
    const before = await readFreshness(actingAs(t.ctx, publicActor, null));
    expect(before.rates_published_on).toBe(last!.day);
    expect(before.data_changed_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await createCommitment(t.ctx, {
      id: 'fresh-restricted',
      donor: 'LU',
      recipient: 'UA',
      mode: 'donation',
      announced_on: '2025-01-01',
      visibility: 'restricted',
      owner_party: 'LU',
    });
    const reader = await readFreshness(actingAs(t.ctx, publicActor, null));
    const france = await readFreshness(
      actingAs(t.ctx, { id: 'y', role: 'representative', party: 'FR' }, null),
    );
    const luxembourg = await readFreshness(
      actingAs(t.ctx, { id: 'x', role: 'representative', party: 'LU' }, null),
    );
    expect(reader.data_changed_at).toBe(before.data_changed_at);
    expect(france.data_changed_at! < luxembourg.data_changed_at!).toBe(true);
    // The answer is kept between changes: a public change shows at the next read.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await createCommitment(t.ctx, {
      id: 'fresh-public',
      donor: 'LU',
      recipient: 'UA',
      mode: 'donation',
      announced_on: '2025-01-02',
    });
    const after = await readFreshness(actingAs(t.ctx, publicActor, null));
    expect(after.data_changed_at! > before.data_changed_at!).toBe(true);
  });
});
