/**
 * The ledger sorts money by its value in EUR at its value date, shows that value and the total of
 * the filtered view: NOK 7 bn ranks below USD 6 bn, and an amount with no ECB rate is counted
 * apart, never silently left out of the total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { convertAmount } from '../../src/app/fx/convert-money.ts';
import { formatMajor } from '../../src/domain/money/money.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
const base = { recipient: 'UA', mode: 'donation' as const, announced_on: '2024-06-14' };
beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  await createCommitment(t.ctx, {
    ...base,
    id: 'no-7bn',
    donor: 'NO',
    money: { amount: '7000000000', currency: 'NOK' },
  });
  await createCommitment(t.ctx, {
    ...base,
    id: 'us-6bn',
    donor: 'US',
    money: { amount: '6000000000', currency: 'USD' },
  });
  await createCommitment(t.ctx, {
    ...base,
    id: 'de-1bn',
    donor: 'DE',
    money: { amount: '1000000000.50', currency: 'EUR' },
  });
  await createCommitment(t.ctx, {
    ...base,
    id: 'fr-items',
    donor: 'FR',
    items: [{ equipment: null, category: 'munitions', quantity: 10 }],
  });
  // The hryvnia has had no ECB reference rate since 2014.
  await createCommitment(t.ctx, {
    ...base,
    id: 'ua-uah',
    donor: 'PL',
    money: { amount: '500', currency: 'UAH' },
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

interface ListAnswer {
  items: { id: string; value_eur: string | null }[];
  total: number;
  total_eur: { amount: string; unconverted: number };
  conversion: {
    currency: string;
    rate_date: string | null;
    unconverted: { record: string; donor: string; amount: string; currency: string; reason: string }[];
  };
}
const list = async (query: string) => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/commitments?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<ListAnswer>();
};
const eur = async (amount: string, from: string) =>
  formatMajor((await convertAmount(t.ctx, { amount, from, to: 'EUR', on: '2024-06-14' })).to);

describe('money in EUR in the ledger list', () => {
  it('sorts by the value in EUR at the value date, whatever the currency', async () => {
    const down = await list('sort=-money');
    expect(down.items.map((c) => c.id)).toEqual(['us-6bn', 'de-1bn', 'no-7bn', 'fr-items', 'ua-uah']);
    const up = await list('sort=money');
    expect(up.items.map((c) => c.id).slice(0, 3)).toEqual(['no-7bn', 'de-1bn', 'us-6bn']);
  });

  it('shows each value in EUR and the total of the filtered view, counting what cannot be converted', async () => {
    const all = await list('sort=-money&limit=2');
    const usd = await eur('6000000000', 'USD');
    const nok = await eur('7000000000', 'NOK');
    expect(all.items[0]).toMatchObject({ id: 'us-6bn', value_eur: usd });
    // The total covers every page, not only the two rows shown.
    const sum = (Number(usd.replace('.', '')) + Number(nok.replace('.', '')) + 100000000050) / 100;
    expect(all.total_eur).toEqual({ amount: sum.toFixed(2), unconverted: 1 });
    const uah = (await list('donor=PL')).items[0]!;
    expect(uah.value_eur).toBeNull();
    const filtered = await list('donor=DE');
    expect(filtered.total_eur).toEqual({ amount: '1000000000.50', unconverted: 0 });
  });

  it('names the last ECB rate date used and every amount of the filtered view it could not convert, with why', async () => {
    const all = await list('limit=1');
    // The rates of 2024-06-14 are those published on that day (a Friday).
    expect(all.conversion).toMatchObject({ currency: 'EUR', rate_date: '2024-06-14' });
    expect(all.conversion.unconverted).toEqual([
      expect.objectContaining({
        record: 'ua-uah',
        donor: 'PL',
        amount: '500.00',
        currency: 'UAH',
        reason: 'no_rates',
      }),
    ]);
    expect(all.conversion.unconverted).toHaveLength(all.total_eur.unconverted);
    // The same filters as the list: another donor's view has nothing left out.
    const de = await list('donor=DE');
    expect(de.conversion.unconverted).toEqual([]);
    const delivered = await list('status=delivered');
    expect(delivered.conversion).toEqual({ currency: 'EUR', rate_date: null, unconverted: [] });
  });
});
