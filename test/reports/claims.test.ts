import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../src/app/context.ts';
import { reportClaims } from '../../src/app/reports/report-claims.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

describe('claims report on the demo ledger', () => {
  it('puts the PURL running totals of mid and late August 2025 first, as a conflict with sources', async () => {
    const report = await reportClaims(t.ctx);
    const first = report.conflicts[0]!;
    expect(first.claims.map((c) => c.id)).toEqual(['purl-2025-08-13', 'purl-2025-08-25']);
    expect(first.pairs).toEqual([{ a: 'purl-2025-08-13', b: 'purl-2025-08-25', days_apart: 12 }]);
    expect(first.claims[0]).toMatchObject({ amount: '1500000000.00', currency: 'USD', qualifier: 'about' });
    expect(first.claims[1]).toMatchObject({ amount: '2000000000.00', currency: 'USD', qualifier: 'about' });
    expect(first.claims[0]!.sources[0]).toMatch(/^https:\/\/news\.antiwar\.com\//);
    expect(first.claims[1]!.claimed_by).toBe("Press tally after Canada's pledge");
  });

  it('compares claims in different currencies in euros at their dates, and lets qualifiers overlap', async () => {
    const report = await reportClaims(t.ctx);
    const ids = (g: { claims: { id: string }[] }) => g.claims.map((c) => c.id);
    // EUR 2 bn (about) on 15 October against USD 3.3 bn (about) four weeks later: apart even at ±10 %.
    const cross = report.conflicts.find((g) => ids(g).includes('purl-2025-10-15-rutte'));
    expect(cross && ids(cross)).toEqual(['purl-2025-10-15-rutte', 'purl-2025-11-13']);
    expect(cross?.claims[1]?.amount_eur).toMatch(/^2[0-9]{9}\.[0-9]{2}$/);
    // "More than 300 bn" and "about 350 bn" five days apart can both be true.
    const inConflict = report.conflicts.flatMap(ids);
    expect(inConflict).not.toContain('us-trump-claim-300bn-2025-02');
    const others = report.others.flatMap(ids);
    expect(others).toContain('us-trump-claim-300bn-2025-02');
    expect(others.length + inConflict.length).toBe(report.counts.claims);
    expect(report.rules.length).toBeGreaterThan(2);
  });

  it('never shows a restricted claim to another nation', async () => {
    await t.db.query(
      `UPDATE claims SET visibility = 'restricted', owner_party = 'US' WHERE id = 'purl-2025-08-25'`,
    );
    const asFrance = actingAs(t.ctx, { id: 'x', role: 'representative', party: 'FR' }, null);
    const asUs = actingAs(t.ctx, { id: 'y', role: 'representative', party: 'US' }, null);
    const seenByFrance = await reportClaims(asFrance);
    expect(seenByFrance.conflicts.flatMap((g) => g.claims.map((c) => c.id))).not.toContain('purl-2025-08-13');
    expect((await reportClaims(asUs)).conflicts[0]!.claims.map((c) => c.id)).toContain('purl-2025-08-25');
  });
});
