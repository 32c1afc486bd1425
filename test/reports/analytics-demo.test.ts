import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs, type AppContext } from '../../src/app/context.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { reportFairShare } from '../../src/app/reports/report-fair-share.ts';
import { reportFollowThrough } from '../../src/app/reports/report-follow-through.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

// Follow-through and fair share on the demo data set, against facts of the data and the burden report.
let t: TestDatabase;
let analyst: AppContext;

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  analyst = actingAs(t.ctx, { id: 'a', role: 'analyst', party: null }, null);
});
afterAll(() => t.close());

describe('analytics on the demo data set', () => {
  it("follows Germany's Gepard pledge of the first Ramstein meeting to its full delivery", async () => {
    const r = await reportFollowThrough(analyst, { meeting: 'udcg-01', as_of: '2023-01-01' });
    const gepard = r.meetings[0]!.items.find((i) => i.id === 'de-gepard-2022-04')!;
    // Announced 2022-04-26, first delivered (delivering) 2022-07-25, delivered 2022-12-02.
    expect(gepard).toMatchObject({
      status: 'delivered',
      first_delivery_on: '2022-07-25',
      full_delivery_on: '2022-12-02',
    });
    const before = await reportFollowThrough(analyst, { meeting: 'udcg-01', as_of: '2022-08-01' });
    expect(before.meetings[0]!.items.find((i) => i.id === 'de-gepard-2022-04')).toMatchObject({
      status: 'delivering',
      full_delivery_on: null,
    });
  });

  it("counts in a year's fair share what the burden report counts for that year", async () => {
    const fair = await reportFairShare(analyst, { year: 2025 });
    const burden = await reportBurden(analyst, { from: '2025-01-01', to: '2025-12-31' });
    const committed = new Map(burden.donors.map((d) => [d.donor, d.committed.amount_minor]));
    expect(fair.donors.length).toBeGreaterThan(5);
    for (const d of fair.donors)
      expect([d.donor, d.contribution.amount_minor]).toEqual([d.donor, committed.get(d.donor) ?? '0']);
    expect(fair.gdp_editions.length).toBeGreaterThan(0);
  });
});
