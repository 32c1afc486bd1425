import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { recordCommitmentEvent } from '../../src/app/commitments/record-commitment-event.ts';
import { actingAs } from '../../src/app/context.ts';
import { reportEquipment } from '../../src/app/reports/report-equipment.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

type Report = Awaited<ReturnType<typeof reportEquipment>>;
const system = (report: Report, id: string | null, category?: string) =>
  report.systems.find((s) => s.equipment === id && (category === undefined || s.category === category));

describe('equipment report', () => {
  it('sums committed and delivered quantities per system, lists donors, and keeps cancelled pledges apart', async () => {
    const before = await reportEquipment(t.ctx);
    const base = system(before, 'iris-t-slm');
    const baseMunitions = system(before, null, 'munitions');
    const de = await createCommitment(t.ctx, {
      id: 'eq-de-iris',
      donor: 'DE',
      recipient: 'UA',
      mode: 'donation',
      items: [
        { equipment: 'iris-t-slm', quantity: 3 },
        { category: 'munitions', quantity: 1000, quantity_qualifier: 'about' },
      ],
      announced_on: '2025-02-01',
    });
    await recordCommitmentEvent(t.ctx, {
      id: de.id,
      version: de.version,
      event: { kind: 'delivery', line: 1, quantity: 2, date: '2025-06-01', increase: false },
    });
    await createCommitment(t.ctx, {
      id: 'eq-lu-iris',
      donor: 'LU',
      recipient: 'UA',
      mode: 'industry',
      items: [{ equipment: 'iris-t-slm', quantity: null }],
      announced_on: '2025-03-01',
    });
    const cancelled = await createCommitment(t.ctx, {
      id: 'eq-lu-cancelled',
      donor: 'LU',
      recipient: 'UA',
      mode: 'donation',
      items: [{ equipment: 'iris-t-slm', quantity: 50 }],
      announced_on: '2025-03-02',
    });
    await recordCommitmentEvent(t.ctx, {
      id: cancelled.id,
      version: cancelled.version,
      event: { kind: 'status', status: 'cancelled', date: '2025-04-01', increase: false },
    });
    const after = await reportEquipment(t.ctx);
    const iris = system(after, 'iris-t-slm')!;
    expect(BigInt(iris.committed) - BigInt(base?.committed ?? '0')).toBe(3n);
    expect(BigInt(iris.delivered) - BigInt(base?.delivered ?? '0')).toBe(2n);
    expect(iris.commitments - (base?.commitments ?? 0)).toBe(2);
    expect(iris.unquantified - (base?.unquantified ?? 0)).toBe(1);
    expect(iris.cancelled - (base?.cancelled ?? 0)).toBe(1);
    expect(iris.donors).toEqual(expect.arrayContaining(['DE', 'LU']));
    expect(iris.category).toBe('air_defence');
    const munitions = system(after, null, 'munitions')!;
    expect(BigInt(munitions.committed) - BigInt(baseMunitions?.committed ?? '0')).toBe(1000n);
    expect(munitions.approximate - (baseMunitions?.approximate ?? 0)).toBe(1);
    const airDefence = after.categories.find((c) => c.category === 'air_defence')!;
    expect(airDefence.donors).toEqual(expect.arrayContaining(['DE', 'LU']));
    // Filtered by category: only that category's systems.
    const only = await reportEquipment(t.ctx, { category: 'munitions' });
    expect(new Set(only.systems.map((s) => s.category))).toEqual(new Set(['munitions']));
  });

  it("counts a nation's restricted commitment for that nation only", async () => {
    await createCommitment(t.ctx, {
      id: 'eq-lu-restricted',
      donor: 'LU',
      recipient: 'UA',
      mode: 'donation',
      items: [{ equipment: 'gepard', quantity: 7 }],
      announced_on: '2025-05-01',
      visibility: 'restricted',
      owner_party: 'LU',
    });
    const gepard = async (ctx: typeof t.ctx) =>
      BigInt(system(await reportEquipment(ctx), 'gepard')?.committed ?? '0');
    const own = await gepard(actingAs(t.ctx, { id: 'x', role: 'representative', party: 'LU' }, null));
    const other = await gepard(actingAs(t.ctx, { id: 'y', role: 'representative', party: 'FR' }, null));
    const anonymous = await gepard(actingAs(t.ctx, publicActor, null));
    expect(own - other).toBe(7n);
    expect(anonymous).toBe(other);
  });

  it('refuses a category that is not a catalogue word', async () => {
    await expect(reportEquipment(t.ctx, { category: "x'; DROP TABLE commitments" })).rejects.toThrow();
  });
});
