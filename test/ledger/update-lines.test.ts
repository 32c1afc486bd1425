import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { getCommitment } from '../../src/app/commitments/get-commitment.ts';
import { updateCommitment } from '../../src/app/commitments/update-commitment.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

describe('changing the lines of a commitment with deliveries', () => {
  it('keeps a pledge raised by an increase, and refuses lines smaller than what was delivered', async () => {
    await createCommitment(t.ctx, {
      id: 'se-shells-2025',
      donor: 'SE',
      recipient: 'UA',
      mode: 'donation',
      items: [
        { category: 'munitions', quantity: 40 },
        { category: 'vehicles', quantity: 10 },
      ],
      announced_on: '2025-02-01',
      events: [
        { kind: 'delivery', line: 1, quantity: 44, increase: true, date: '2025-03-01' },
        { kind: 'delivery', line: 2, quantity: 6, increase: false, date: '2025-03-02' },
      ],
    });
    const before = await getCommitment(t.ctx, { id: 'se-shells-2025' });
    expect(before.items.map((i) => [i.quantity, i.delivered])).toEqual([
      [44, 44],
      [10, 6],
    ]);
    // The same lines as pledged: the increase still covers line 1.
    const same = await updateCommitment(t.ctx, {
      id: 'se-shells-2025',
      patch: {
        version: before.version,
        items: [
          { category: 'munitions', quantity: 40 },
          { category: 'vehicles', quantity: 10 },
        ],
      },
    });
    expect(same.items[0]).toMatchObject({ quantity: 44, delivered: 44 });
    await expect(
      updateCommitment(t.ctx, {
        id: 'se-shells-2025',
        patch: {
          version: same.version,
          items: [
            { category: 'munitions', quantity: 40 },
            { category: 'vehicles', quantity: 5 },
          ],
        },
      }),
    ).rejects.toThrow(/line 2 already has 6 delivered/);
    await expect(
      updateCommitment(t.ctx, {
        id: 'se-shells-2025',
        patch: { version: same.version, items: [{ category: 'munitions', quantity: 40 }] },
      }),
    ).rejects.toThrow(/line 2 already has/);
    expect((await getCommitment(t.ctx, { id: 'se-shells-2025' })).version).toBe(same.version);
  });
});
