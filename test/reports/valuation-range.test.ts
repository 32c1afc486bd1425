import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { declareLineValue } from '../../src/app/commitments/declare-line-value.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { kielFixture } from '../support/kiel.ts';

// The burden report's committed values on every valuation basis, computed by hand. A Patriot is
// EUR 1 bn in the catalogue; the hand-written edition (test/fixtures/kiel/r29-small) implies
// NL 600 m ÷ 2 = 300 m and DE 1.5 bn ÷ 3 = 500 m a system; the Netherlands declare 500 m for
// theirs. USD 1.25 per EUR on the value date.
let t: TestDatabase;
let ctx: AppContext;
let analyst: AppContext;
let netherlands: AppContext;

const fixture = JSON.parse(fs.readFileSync('test/reports/fixtures/follow-through.json', 'utf8'));
const on = '2030-03-01';
const base = { recipient: 'UA', mode: 'donation' as const, announced_on: on };
const patriots = (quantity: number) => ({ items: [{ equipment: 'patriot', quantity }] });

beforeAll(async () => {
  t = await openTestDb();
  ctx = createContext(t.db, { clock: { now: () => new Date('2031-01-15T00:00:00Z') } });
  analyst = actingAs(ctx, { id: 'a', role: 'analyst', party: null }, null);
  netherlands = actingAs(ctx, { id: 'n', role: 'representative', party: 'NL' }, null);
  await importLedger(ctx, { equipment: fixture.equipment });
  await importEdition(ctx, { source: 'kiel', release: '29', files: kielFixture('r29-small') });
  await t.db.query(
    `INSERT INTO exchange_rates (currency, rate_date, rate) VALUES ('USD', '2030-03-01', 1.25)`,
  );
  await createCommitment(ctx, {
    ...base,
    id: 'vr-nl-money',
    donor: 'NL',
    money: { amount: '2000000000', currency: 'EUR', value_date: on },
  });
  await createCommitment(ctx, { ...base, id: 'vr-nl-patriot', donor: 'NL', ...patriots(1) });
  await createCommitment(ctx, {
    ...base,
    id: 'vr-de-patriots',
    donor: 'DE',
    ...patriots(2),
    // One of the two delivered: a delivered share of 1/2.
    events: [{ kind: 'delivery', date: '2030-06-01', line: 1, quantity: 1, increase: false }],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'vr-nl-restricted',
    donor: 'NL',
    visibility: 'restricted',
    owner_party: 'NL',
    ...patriots(4),
  });
  const declare = (id: string, amount: string) =>
    declareLineValue(netherlands, {
      id,
      value: { line: 1, amount, currency: 'EUR', source: 'https://example.org/nl' },
    });
  await declare('vr-nl-patriot', '500000000');
  await declare('vr-nl-restricted', '100000000');
});
afterAll(() => t.close());

type Burden = Awaited<ReturnType<typeof reportBurden>>;
const donor = (r: Burden, code: string) => r.donors.find((d) => d.donor === code)!;
const amounts = (range: Burden['totals']['range']) =>
  range && {
    low: range.low.amount,
    high: range.high.amount,
    ...Object.fromEntries(Object.entries(range.by_basis).map(([b, f]) => [b, f.amount])),
  };

describe('the range across valuation bases in the burden report', () => {
  it('gives each committed value that includes estimates on every basis, naming the Kiel edition', async () => {
    const r = await reportBurden(analyst);
    // NL: 2 bn + one Patriot (1 bn catalogue, 300 m Kiel, 500 m declared).
    expect(donor(r, 'NL').committed.amount).toBe('3000000000.00');
    expect(amounts(donor(r, 'NL').range)).toEqual({
      low: '2300000000.00',
      high: '3000000000.00',
      record: '3000000000.00',
      catalogue: '3000000000.00',
      kiel: '2300000000.00',
      declared: '2500000000.00',
    });
    // DE: two Patriots, 2 bn in the catalogue, 1 bn on Kiel's German figures; nothing declared.
    expect(amounts(donor(r, 'DE').range)).toMatchObject({ low: '1000000000.00', declared: '2000000000.00' });
    expect(amounts(r.totals.range)).toMatchObject({
      low: '3300000000.00',
      high: '5000000000.00',
      declared: '4500000000.00',
    });
    expect(r.kiel_edition).toMatchObject({ id: 'kiel-ust-r29' });
    expect(r.rules.some((rule) => rule.startsWith('`range`'))).toBe(true);
  });

  it('converts every basis to USD at the value date', async () => {
    const r = await reportBurden(analyst, { currency: 'USD' });
    // × 1.25: 3.75 bn recorded and catalogue; Kiel 2.5 bn + 375 m; declared 2.5 bn + 625 m.
    expect(amounts(donor(r, 'NL').range)).toEqual({
      low: '2875000000.00',
      high: '3750000000.00',
      record: '3750000000.00',
      catalogue: '3750000000.00',
      kiel: '2875000000.00',
      declared: '3125000000.00',
    });
  });

  it("never moves a public range with a nation's restricted pledge or its declared value", async () => {
    const france = await reportBurden(actingAs(ctx, { id: 'f', role: 'representative', party: 'FR' }, null));
    const publicView = await reportBurden(actingAs(ctx, { id: 'p', role: 'public', party: null }, null));
    const analystView = await reportBurden(analyst);
    expect(france.donors).toEqual(analystView.donors);
    expect(publicView.totals.range).toEqual(analystView.totals.range);
    // The Netherlands see their four restricted Patriots: 4 bn catalogue, 1.2 bn Kiel, 100 m declared.
    expect(amounts(donor(await reportBurden(netherlands), 'NL').range)).toEqual({
      low: '2600000000.00',
      high: '7000000000.00',
      record: '7000000000.00',
      catalogue: '7000000000.00',
      kiel: '3500000000.00',
      declared: '2600000000.00',
    });
  });

  it('gives no range where every value is recorded money', async () => {
    const r = await reportBurden(analyst, { from: '2031-01-01' });
    expect(r.totals.range).toBeNull();
    expect(r.kiel_edition).toBeNull();
  });

  it('values every figure of the report on the chosen basis', async () => {
    const record = await reportBurden(analyst);
    const kiel = await reportBurden(analyst, { valuation: 'kiel' });
    expect(record.valuation).toBe('record');
    expect(kiel.valuation).toBe('kiel');
    // NL: 2 bn recorded + 300 m (Kiel's Dutch Patriot); DE: 2 × 500 m.
    expect(donor(kiel, 'NL')).toMatchObject({
      committed: { amount: '2300000000.00' },
      estimated: { amount: '300000000.00' },
      // 2.3 ÷ 3.3 and 1.0 ÷ 3.3.
      share_pct: '69.70',
      // USD 2.875 bn ÷ the Netherlands' 2021 GDP, USD 1,054,472,123,449.6.
      gdp_pct: '0.2726',
      // ÷ 17,993,485 inhabitants (2024).
      per_capita: { amount: '127.82' },
    });
    expect(donor(record, 'NL')).toMatchObject({
      share_pct: '60.00',
      gdp_pct: '0.3556',
      per_capita: { amount: '166.73' },
    });
    // Half the German Patriots delivered: 1 bn in the catalogue, 500 m on Kiel's figures.
    expect(donor(record, 'DE').delivered.amount).toBe('1000000000.00');
    expect(donor(kiel, 'DE')).toMatchObject({
      committed: { amount: '1000000000.00' },
      delivered: { amount: '500000000.00' },
      share_pct: '30.30',
    });
    expect(kiel.totals).toMatchObject({
      committed: { amount: '3300000000.00' },
      delivered: { amount: '500000000.00' },
      estimated: { amount: '1300000000.00' },
    });
    // The range is the same whatever the basis; the chosen one is one of its values.
    expect(kiel.totals.range).toEqual(record.totals.range);
    expect(kiel.totals.committed).toEqual(record.totals.range!.by_basis.kiel);
  });

  it('on the declared basis counts the declared value as an estimate, and falls back where none is declared', async () => {
    const r = await reportBurden(analyst, { valuation: 'declared', currency: 'USD' });
    // NL: (2 bn + 500 m declared) × 1.25; DE declared nothing: its catalogue value, 2 bn × 1.25.
    expect(donor(r, 'NL')).toMatchObject({
      committed: { amount: '3125000000.00' },
      estimated: { amount: '625000000.00' },
      gdp_pct: '0.2964',
    });
    expect(donor(r, 'DE').committed.amount).toBe('2500000000.00');
    expect(r.notes.join(' ')).not.toMatch(/No Kiel edition/);
  });

  it("never moves a public figure on any basis with a nation's restricted pledge", async () => {
    const asFrance = await reportBurden(
      actingAs(ctx, { id: 'f', role: 'representative', party: 'FR' }, null),
      {
        valuation: 'declared',
      },
    );
    expect(asFrance.donors).toEqual((await reportBurden(analyst, { valuation: 'declared' })).donors);
    // The Netherlands see their four restricted Patriots, declared at 100 m: 2.5 bn + 100 m.
    const own = await reportBurden(netherlands, { valuation: 'declared' });
    expect(donor(own, 'NL').committed.amount).toBe('2600000000.00');
  });
});
