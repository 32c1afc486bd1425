import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { convertAmount } from '../../src/app/fx/convert-money.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { formatScaled } from '../../src/domain/money/decimal.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

const donor = (report: Awaited<ReturnType<typeof reportBurden>>, code: string) =>
  report.donors.find((d) => d.donor === code);

/** Each aid commitment of a donor converted on its own with convertAmount, then summed. */
async function sumConvertedOneByOne(code: string, currency: string): Promise<string> {
  const rows = await t.db.query<{ id: string; amount: string; currency: string; on: string }>(
    `SELECT id, (money_minor::numeric / 100)::text AS amount, money_currency AS currency,
            coalesce(money_value_date, announced_on)::text AS on
       FROM commitments WHERE donor = $1 AND recipient = 'UA' AND money_minor IS NOT NULL
        AND mode IS DISTINCT FROM 'sale' AND replenishes IS NULL`,
    [code],
  );
  let total = 0n;
  for (const r of rows) {
    const c = await convertAmount(t.ctx, {
      amount: r.amount,
      from: r.currency.trim(),
      to: currency,
      on: r.on,
    });
    total += c.to.amount;
  }
  return formatScaled(total, 2);
}

describe('burden report on the demo ledger', () => {
  it('counts a PURL package once, through its funders', async () => {
    const report = await reportBurden(t.ctx);
    // NL funded PURL-1 (EUR 500 m), and shares of two later packages (EUR 250 m and 90 m):
    // the packages' own values are not added on top.
    expect(donor(report, 'NL')?.committed.amount).toBe('840000000.00');
    expect(report.donors.map((d) => d.donor)).not.toContain('PURL-1');
  });

  it('converts each commitment at its value date: totals equal the sum of one-by-one conversions', async () => {
    for (const currency of ['EUR', 'USD'] as const) {
      const report = await reportBurden(t.ctx, { currency });
      // GB: money in GBP only; its 5,000 LMM sale is left out.
      expect(donor(report, 'GB')?.committed.amount).toBe(await sumConvertedOneByOne('GB', currency));
      expect(donor(report, 'NO')?.counts.recorded).toBe(7);
    }
  });

  it('lists every amount it could not convert, donor by donor, as many as it counts', async () => {
    const report = await reportBurden(t.ctx);
    expect(report.conversion.unconverted).toHaveLength(report.totals.counts.unconvertible);
    for (const d of report.donors)
      expect(report.conversion.unconverted.filter((u) => u.donor === d.donor)).toHaveLength(
        d.counts.unconvertible,
      );
    expect(report.conversion.unconverted.map((u) => u.reason)).toContain('no_value_date');
    expect(report.conversion.rate_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves out sales and replenishments', async () => {
    const report = await reportBurden(t.ctx);
    expect(donor(report, 'US')?.counts.recorded).toBe(3); // not the Patriot sustainment sale
    // Germany's order to refill its own Patriot stocks is not aid to anyone.
    const toGermany = await reportBurden(t.ctx, { recipient: 'DE' });
    expect(toGermany.donors).toEqual([]);
  });

  it('gives shares that add up to 100 %', async () => {
    const report = await reportBurden(t.ctx);
    const total = report.donors.reduce((sum, d) => sum + BigInt(d.share_pct!.replace('.', '')), 0n);
    expect(total).toBe(10000n);
    expect(report.rules.length).toBeGreaterThan(3);
    expect(report.notes.some((n) => /population in 2024 \(World Bank/.test(n))).toBe(true);
  });

  it('states % of GDP against 2021 GDP by default, and the same year on request', async () => {
    const fixed = await reportBurden(t.ctx);
    expect(donor(fixed, 'DE')?.gdp_years).toEqual([2021]);
    // Per capita: committed value ÷ Germany's 2024 population (83,516,593), rounded to the cent.
    const de = donor(fixed, 'DE')!;
    const exact = (BigInt(de.committed.amount_minor) * 2n + 83516593n) / (2n * 83516593n);
    expect(de.per_capita?.amount_minor).toBe(exact.toString());
    const same = await reportBurden(t.ctx, { gdp_year: 'same' });
    expect(donor(same, 'NL')?.gdp_fallback).toBe(true); // 2025 GDP is not in the primary table
    expect(same.notes.some((n) => /latest available year/.test(n))).toBe(true);
    // The same notes by id, for clients that word them: the parties by code, no sentence to parse.
    expect(same.note_ids).toContainEqual({ id: 'gdp-same-year', params: {} });
    const fallback = same.note_ids.find((n) => n.id === 'gdp-fallback');
    expect(fallback?.params.parties).toContain('NL');
    expect(same.note_ids.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'per-capita',
        'rates',
        same.conversion.unconverted.length ? 'unconverted' : 'all-converted',
      ]),
    );
    expect(same.rule_ids).toHaveLength(same.rules.length);
    expect(same.rule_ids).toContain('aid-only');
  });

  it('reproduces an earlier state with as-of', async () => {
    const before = await reportBurden(t.ctx, { as_of: '2024-12-31' });
    // NL's PURL shares came in 2025; before, it was only a co-donor of the Washington air defence.
    expect(donor(before, 'NL')?.committed.amount_minor).toBe('0');
    expect(donor(before, 'NL')?.co_donor_in).toBe(1);
    // Germany's Gepards were on their way in August 2022, delivered in December.
    const during = await reportBurden(t.ctx, { as_of: '2022-08-01' });
    const after = await reportBurden(t.ctx, { as_of: '2022-12-31' });
    const de = (r: typeof during) => donor(r, 'DE')!;
    expect(BigInt(de(during).delivered.amount_minor)).toBeLessThan(BigInt(de(after).delivered.amount_minor));
    expect(de(after).delivered.amount_minor).not.toBe('0');
  });

  it("does not count a nation's restricted commitment for another nation's representative", async () => {
    const base = await reportBurden(t.ctx);
    await createCommitment(t.ctx, {
      id: 'de-restricted-test',
      donor: 'DE',
      recipient: 'UA',
      mode: 'donation',
      money: { amount: '1000000', currency: 'EUR', value_date: '2024-03-01' },
      announced_on: '2024-03-01',
      visibility: 'restricted',
      owner_party: 'DE',
    });
    const german = (await reportBurden(t.ctx)).donors.find((d) => d.donor === 'DE')!;
    const asFrance = actingAs(t.ctx, { id: 'x', role: 'representative', party: 'FR' }, null);
    const asGermany = actingAs(t.ctx, { id: 'y', role: 'representative', party: 'DE' }, null);
    const seenByFrance = donor(await reportBurden(asFrance), 'DE')!;
    const seenByGermany = donor(await reportBurden(asGermany), 'DE')!;
    const baseDe = BigInt(donor(base, 'DE')!.committed.amount_minor);
    expect(BigInt(german.committed.amount_minor) - baseDe).toBe(100000000n);
    expect(seenByFrance.committed.amount_minor).toBe(baseDe.toString());
    expect(BigInt(seenByGermany.committed.amount_minor) - baseDe).toBe(100000000n);
  });

  it('refuses a report currency other than EUR and USD', async () => {
    await expect(reportBurden(t.ctx, { currency: 'GBP' as 'EUR' })).rejects.toThrow();
  });
});
