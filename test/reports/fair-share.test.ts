import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { declareLineValue } from '../../src/app/commitments/declare-line-value.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { reportFairShare } from '../../src/app/reports/report-fair-share.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

// A year of its own (2030) with round figures, so that every benchmark can be checked by hand
// (docs/reports.md, "Fair-share meter"): USD per EUR 1.25 (mean of 1.00 and 1.50); GDP DE
// USD 4 tn, NL USD 1 tn; NATO defence expenditure DE USD 80 bn, NL USD 30 bn; the EU has neither.
let t: TestDatabase;
let ctx: AppContext;
let analyst: AppContext;

const euros = (amount: string) => ({ amount, currency: 'EUR', value_date: '2030-03-01' });
const fixture = JSON.parse(fs.readFileSync('test/reports/fixtures/follow-through.json', 'utf8'));
const targets = JSON.parse(fs.readFileSync('data/demo/targets.json', 'utf8'));

beforeAll(async () => {
  t = await openTestDb();
  ctx = createContext(t.db, { clock: { now: () => new Date('2031-01-15T00:00:00Z') } });
  analyst = actingAs(ctx, { id: 'a', role: 'analyst', party: null }, null);
  await importLedger(ctx, { equipment: fixture.equipment, targets });
  await t.db.query(
    `INSERT INTO exchange_rates (currency, rate_date, rate) VALUES ('USD', '2030-01-02', 1.00), ('USD', '2030-06-03', 1.50)`,
  );
  await t.db.query(
    `INSERT INTO indicators (party_code, indicator, year, value, unit, edition, quality, source) VALUES
       ('DE', 'gdp_usd', 2030, 4000000000000, 'USD', 'Test GDP 2030', 'primary', 'fixture'),
       ('NL', 'gdp_usd', 2030, 1000000000000, 'USD', 'Test GDP 2030', 'primary', 'fixture'),
       ('DE', 'defence_expenditure_usd_m', 2030, 80000, 'USD million', 'Test NATO 2030', 'primary', 'fixture'),
       ('NL', 'defence_expenditure_usd_m', 2030, 30000, 'USD million', 'Test NATO 2030', 'primary', 'fixture')`,
  );
  const base = { recipient: 'UA', mode: 'donation' as const, announced_on: '2030-03-01' };
  await createCommitment(ctx, { ...base, id: 'fs-de', donor: 'DE', money: euros('10000000000') });
  await createCommitment(ctx, {
    ...base,
    id: 'fs-de-sale',
    donor: 'DE',
    mode: 'sale',
    money: euros('9000000000'),
  });
  await createCommitment(ctx, { ...base, id: 'fs-nl', donor: 'NL', money: euros('2000000000') });
  await createCommitment(ctx, {
    ...base,
    id: 'fs-nl-patriot',
    donor: 'NL',
    items: [{ equipment: 'patriot', quantity: 1 }],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'fs-nl-restricted',
    donor: 'NL',
    visibility: 'restricted',
    owner_party: 'NL',
    money: euros('1000000000'),
  });
  await createCommitment(ctx, { ...base, id: 'fs-eu', donor: 'EU', money: euros('100000000') });
});
afterAll(() => t.close());

const donor = (r: Awaited<ReturnType<typeof reportFairShare>>, code: string) =>
  r.donors.find((d) => d.donor === code)!;

describe('fair-share report', () => {
  it("measures each donor against Ukraine's ask of 0.25 % of GDP, in EUR at the year's mean rate", async () => {
    const r = await reportFairShare(analyst, { year: 2030 });
    expect(r.benchmark).toMatchObject({ id: 'ua-ask-0.25pct-gdp-2025', pct_gdp: '0.25' });
    expect(r.usd_per_eur).toBe('1.250000');
    expect(r.gdp_editions).toEqual(['Test GDP 2030']);
    // DE: USD 4 tn / 1.25 = EUR 3.2 tn; 0.25 % = 8 bn; gave 10 bn (the sale is not aid).
    expect(donor(r, 'DE').ask).toEqual({
      value: { amount: '8000000000.00', amount_minor: '800000000000' },
      over: { amount: '2000000000.00', amount_minor: '200000000000' },
      ratio_pct: '125.00',
    });
    // NL: EUR 0.8 tn; 0.25 % = 2 bn; gave 2 bn + one Patriot at the catalogue's EUR 1 bn.
    expect(donor(r, 'NL').contribution.amount).toBe('3000000000.00');
    expect(donor(r, 'NL').ask).toMatchObject({ over: { amount: '1000000000.00' }, ratio_pct: '150.00' });
    expect(donor(r, 'DE').pct_gdp).toBe('0.312');
    expect(donor(r, 'NL').pct_gdp).toBe('0.375');
    expect(r.total.amount).toBe('13100000000.00');
  });

  it("applies each donor's share of the group's GDP and NATO spending to the group's total", async () => {
    const r = await reportFairShare(analyst, { year: 2030 });
    // Group with GDP: DE and NL, 13 bn; DE 4/5 = 10.4 bn, NL 1/5 = 2.6 bn.
    expect(donor(r, 'DE').gdp_share).toMatchObject({
      value: { amount: '10400000000.00' },
      over: { amount: '-400000000.00' },
      ratio_pct: '96.15',
    });
    expect(donor(r, 'NL').gdp_share).toMatchObject({
      value: { amount: '2600000000.00' },
      ratio_pct: '115.38',
    });
    // NATO: 13 bn × 80/110 = 9,454,545,454.545… → .55; × 30/110 = 3,545,454,545.4545… → .45.
    expect(donor(r, 'DE').nato_path).toMatchObject({
      value: { amount: '9454545454.55' },
      over: { amount: '545454545.45' },
      ratio_pct: '105.77',
    });
    expect(donor(r, 'NL').nato_path).toMatchObject({
      value: { amount: '3545454545.45' },
      over: { amount: '-545454545.45' },
      ratio_pct: '84.62',
    });
    // The EU has no GDP: counted in the total, no benchmark, no rank.
    expect(donor(r, 'EU')).toMatchObject({ ask: null, gdp_share: null, nato_path: null, rank: null });
    expect(r.notes.some((n) => /No GDP figure.*EU/.test(n))).toBe(true);
  });

  it('shows how much the ranking depends on the valuation basis', async () => {
    const record = await reportFairShare(analyst, { year: 2030 });
    expect(record.donors.map((d) => [d.donor, d.rank])).toEqual([
      ['NL', 1],
      ['DE', 2],
      ['EU', null],
    ]);
    // Kiel R29 values the Netherlands' one Patriot battery at EUR 371,781,764.
    expect(donor(record, 'NL').range).toMatchObject({
      low: { amount: '2371781764.00' },
      high: { amount: '3000000000.00' },
    });
    expect(donor(record, 'NL').rank_range).toEqual({ best: 1, worst: 2 });
    const kiel = await reportFairShare(analyst, { year: 2030, valuation: 'kiel' });
    expect(kiel.donors.map((d) => d.donor)).toEqual(['DE', 'NL', 'EU']);
    expect(donor(kiel, 'NL').pct_gdp).toBe('0.296');
  });

  it("values a line at the donor's declared value, declared only by that donor", async () => {
    const germany = actingAs(ctx, { id: 'd', role: 'representative', party: 'DE' }, null);
    const value = { line: 1, amount: '500000000', currency: 'EUR', source: 'https://example.org/nl' };
    await expect(declareLineValue(germany, { id: 'fs-nl-patriot', value })).rejects.toThrow(/only NL/);
    const netherlands = actingAs(ctx, { id: 'n', role: 'representative', party: 'NL' }, null);
    const declared = await declareLineValue(netherlands, { id: 'fs-nl-patriot', value });
    expect(declared).toMatchObject({ declared_by: 'NL', amount: '500000000.00', version: 1 });
    const r = await reportFairShare(analyst, { year: 2030, valuation: 'declared' });
    expect(donor(r, 'NL').contribution.amount).toBe('2500000000.00');
    expect(donor(r, 'NL').range!.by_basis.declared.amount).toBe('2500000000.00');
    const [audit] = await t.db.query<{ actor: string }>(
      `SELECT actor FROM audit_events WHERE action = 'commitment.declared_value' AND record_id = 'fs-nl-patriot'`,
    );
    expect(audit?.actor).toBe('n');
  });

  it("never moves a public figure with a nation's restricted pledge", async () => {
    const france = await reportFairShare(
      actingAs(ctx, { id: 'f', role: 'representative', party: 'FR' }, null),
      {
        year: 2030,
      },
    );
    const analystView = await reportFairShare(analyst, { year: 2030 });
    expect(france.donors).toEqual(analystView.donors);
    const netherlands = await reportFairShare(
      actingAs(ctx, { id: 'n', role: 'representative', party: 'NL' }, null),
      { year: 2030 },
    );
    expect(donor(netherlands, 'NL').contribution.amount).toBe('4000000000.00');
    expect(donor(analystView, 'NL').contribution.amount).toBe('3000000000.00');
  });
});
