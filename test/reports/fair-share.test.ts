import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { declareLineValue } from '../../src/app/commitments/declare-line-value.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { reportFairShare } from '../../src/app/reports/report-fair-share.ts';
import { buildServer } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { kielFixture } from '../support/kiel.ts';

// A year of its own (2030) with round figures, so that every benchmark can be checked by hand
// (docs/reports.md, "Fair-share meter"): USD per EUR 1.25 (mean of 1.00 and 1.50); GDP DE
// USD 4 tn, NL USD 1 tn; NATO defence expenditure DE USD 80 bn, NL USD 30 bn; the EU has neither.
// The edition is a hand-written one in Kiel release 29's layout (test/fixtures/kiel/r29-small):
// military allocations in 2030 of DE 1.5 + 0.25 bn (and 9 bn in December 2029), NL 0.5 bn, EU
// 0.1 bn; heavy weapons: NL 2 air-defence systems for EUR 600 m, DE 3 for EUR 1.5 bn.
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
  await importEdition(ctx, { source: 'kiel', release: '29', files: kielFixture('r29-small') });
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
    // The same note by id, the parties by code, for clients that word it in their language.
    expect(r.note_ids).toContainEqual({ id: 'no-gdp-benchmark', params: { parties: ['EU'] } });
  });

  it('shows how much the ranking depends on the valuation basis', async () => {
    const record = await reportFairShare(analyst, { year: 2030 });
    expect(record.donors.map((d) => [d.donor, d.rank])).toEqual([
      ['NL', 1],
      ['DE', 2],
      ['EU', null],
    ]);
    // The edition values the Netherlands' air-defence systems at EUR 600 m ÷ 2: one Patriot, 300 m.
    expect(donor(record, 'NL').range).toMatchObject({
      low: { amount: '2300000000.00' },
      high: { amount: '3000000000.00' },
    });
    expect(donor(record, 'NL').rank_range).toEqual({ best: 1, worst: 2 });
    expect(record.kiel_edition).toMatchObject({ id: 'kiel-ust-r29', published_on: '2026-06-04' });
    expect(record.kiel_edition!.attribution).toMatch(/Kiel Institute.*Release 29/);
    const kiel = await reportFairShare(analyst, { year: 2030, valuation: 'kiel' });
    expect(kiel.donors.map((d) => d.donor)).toEqual(['DE', 'NL', 'EU']);
    // NL: 2.3 bn ÷ EUR 800 bn = 0.2875 % → 0.288 (half to even); DE 10 ÷ 3,200 = 0.3125 → 0.312.
    expect(donor(kiel, 'NL').pct_gdp).toBe('0.288');
    expect(donor(kiel, 'DE').pct_gdp).toBe('0.312');
  });

  it('falls back to record values on the kiel basis when no edition with heavy weapons was published by the date', async () => {
    const early = createContext(t.db, { clock: { now: () => new Date('2026-06-03T12:00:00Z') } });
    const r = await reportFairShare(actingAs(early, { id: 'a', role: 'analyst', party: null }, null), {
      year: 2030,
      valuation: 'kiel',
    });
    expect(r.kiel_edition).toBeNull();
    expect(r.notes.some((n) => /No Kiel edition with heavy weapons published by 2026-06-03/.test(n))).toBe(
      true,
    );
    // The Patriot line counts at its catalogue value again: NL 3 bn, first.
    expect(donor(r, 'NL').contribution.amount).toBe('3000000000.00');
    expect(donor(r, 'NL').range!.by_basis.kiel.amount).toBe('3000000000.00');
  });

  it("takes an edition's military allocations dated in the year as the contributions, naming the edition", async () => {
    const r = await reportFairShare(analyst, { year: 2030, basis: 'kiel-ust-r29' });
    expect(r.basis).toBe('kiel-ust-r29');
    expect(r.edition).toMatchObject({ id: 'kiel-ust-r29', cut_off: '2026-04-30' });
    expect(r.edition!.attribution).toMatch(/Release 29/);
    // DE 1.5 + 0.25 bn (December 2029 left out), NL 0.5 bn, EU 0.1 bn; the ledger plays no part.
    expect(r.donors.map((d) => [d.donor, d.contribution.amount, d.rank])).toEqual([
      ['NL', '500000000.00', 1],
      ['DE', '1750000000.00', 2],
      ['EU', '100000000.00', null],
    ]);
    expect(r.total.amount).toBe('2350000000.00');
    // DE: ask 8 bn, 1.75 ÷ 8 = 21.875 % → 21.88; 1.75 ÷ 3,200 bn = 0.0546875 % → 0.055.
    expect(donor(r, 'DE').ask).toMatchObject({ over: { amount: '-6250000000.00' }, ratio_pct: '21.88' });
    expect(donor(r, 'DE').pct_gdp).toBe('0.055');
    // NL: 0.5 ÷ 800 bn = 0.0625 % → 0.062 (half to even); GDP share of 2.25 bn: 1/5 = 0.45 bn.
    expect(donor(r, 'NL').pct_gdp).toBe('0.062');
    expect(donor(r, 'NL').gdp_share).toMatchObject({
      value: { amount: '450000000.00' },
      ratio_pct: '111.11',
    });
    // Edition figures are not estimates: no range, one rank on every basis.
    expect(donor(r, 'DE')).toMatchObject({ range: null, estimated: { amount: '0.00' } });
    expect(donor(r, 'DE').rank_range).toEqual({ best: 2, worst: 2 });
    expect(r.rules[0]).toMatch(/military allocations that edition kiel-ust-r29 dates/);
    expect(r.notes.some((n) => /cut-off, 2026-04-30/.test(n))).toBe(true);
    expect(r.note_ids).toContainEqual({
      id: 'edition-cut-off',
      params: { edition: 'kiel-ust-r29', year: '2030', date: '2026-04-30' },
    });
    expect(r.note_ids).toContainEqual({
      id: 'source',
      params: { attribution: expect.stringContaining('Release 29') },
    });
    expect(await reportFairShare(analyst, { year: 2030, basis: 'edition:kiel-ust-r29' })).toEqual(r);
    const nl = actingAs(ctx, { id: 'n', role: 'representative', party: 'NL' }, null);
    expect((await reportFairShare(nl, { year: 2030, basis: 'kiel-ust-r29' })).donors).toEqual(r.donors);
  });

  it('refuses an edition that is not imported or that dates no allocation, naming what can be chosen', async () => {
    await expect(reportFairShare(analyst, { year: 2030, basis: 'kiel-ust-r31' })).rejects.toThrow(
      /no edition kiel-ust-r31.*kiel-ust-r29/,
    );
    await expect(
      reportFairShare(analyst, { year: 2030, basis: "kiel'; DROP TABLE editions" }),
    ).rejects.toThrow(/expected ledger, an edition id/);
    await importEdition(ctx, { source: 'kiel', release: '30', files: kielFixture('r30-small') });
    await expect(reportFairShare(analyst, { year: 2030, basis: 'kiel-ust-r30' })).rejects.toThrow(
      /kiel-ust-r30 gives no military allocation by date/,
    );
    // Release 30 (published later) has no heavy weapons: the kiel basis still reads release 29.
    expect((await reportFairShare(analyst, { year: 2030 })).kiel_edition!.id).toBe('kiel-ust-r29');
    const empty = await reportFairShare(analyst, { year: 2027, basis: 'kiel-ust-r29' });
    expect(empty.donors).toEqual([]);
    expect(empty.notes.some((n) => /dates no military allocation in 2027/.test(n))).toBe(true);
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

  it('answers the edition basis through the API too, with a clear problem for a bad one', async () => {
    const app = await buildServer(ctx, { logger: false });
    try {
      const get = (query: string) =>
        app.inject({ method: 'GET', url: `/api/v1/reports/fair-share?${query}` });
      const ok = await get('year=2030&basis=edition:kiel-ust-r29');
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ basis: 'kiel-ust-r29', edition: { id: 'kiel-ust-r29' } });
      expect(ok.json().donors.find((d: { donor: string }) => d.donor === 'DE').contribution.amount).toBe(
        '1750000000.00',
      );
      const missing = await get('year=2030&basis=kiel-ust-r31');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toMatch(/no edition kiel-ust-r31/);
      const bad = await get(`year=2030&basis=${encodeURIComponent('<script>')}`);
      expect(bad.statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});
