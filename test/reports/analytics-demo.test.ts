import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs, type AppContext } from '../../src/app/context.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { reportFairShare } from '../../src/app/reports/report-fair-share.ts';
import { reportFollowThrough } from '../../src/app/reports/report-follow-through.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { kielRelease } from '../support/kiel.ts';

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

  it("measures 2025 against Kiel's allocations of releases 28 and 29, as published", async () => {
    for (const release of ['28', '29', '30'])
      await importEdition(t.ctx, { source: 'kiel', release, files: kielRelease(release) });
    // Release 29's data_explorer.csv: Germany's military allocations of the ten months of 2025 it
    // lists (EUR bn 0.388901 + 0.059314 + 0.201531 + 4.26 + 0 + 0.790293 + 1.117662 + 2 + 0.085406
    // + 0.110406), then the United Kingdom with 5.440068; 36 donors.
    const r29 = await reportFairShare(analyst, { year: 2025, basis: 'kiel-ust-r29' });
    const de = r29.donors.find((d) => d.donor === 'DE')!;
    expect(de.contribution.amount).toBe('9013513000.00');
    expect(r29.donors.find((d) => d.donor === 'GB')!.contribution.amount).toBe('5440068000.00');
    expect(r29.donors).toHaveLength(36);
    expect(BigInt(de.ask!.over.amount_minor)).toBe(
      BigInt(de.contribution.amount_minor) - BigInt(de.ask!.value.amount_minor),
    );
    expect(r29.edition!.attribution).toBe(
      'Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29',
    );
    // Release 28's row-level activities: Germany's 80 dated military allocations of 2025, each
    // rounded to the cent, EUR 9,013,513,502.62; 201 military allocations carry no date.
    const r28 = await reportFairShare(analyst, { year: 2025, basis: 'edition:kiel-ust-r28' });
    expect(r28.donors.find((d) => d.donor === 'DE')!.contribution.amount).toBe('9013513502.62');
    expect(r28.notes).toContain(
      '201 military allocation(s) of edition kiel-ust-r28 have no date and are left out.',
    );
    // Release 30 publishes totals over the whole period only.
    await expect(reportFairShare(analyst, { year: 2025, basis: 'kiel-ust-r30' })).rejects.toThrow(
      /no military allocation by date/,
    );
  });
});
