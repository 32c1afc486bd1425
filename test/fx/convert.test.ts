import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertAmount } from '../../src/app/fx/convert-money.ts';
import { listExchangeRates } from '../../src/app/fx/list-exchange-rates.ts';
import { formatRatio } from '../../src/domain/money/decimal.ts';
import { formatMajor } from '../../src/domain/money/money.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

async function annualMean(currency: string, year: number, places: number) {
  const series = await listExchangeRates(t.ctx, { currency, from: `${year}-01-01`, to: `${year}-12-31` });
  return formatRatio(series.mean!, places);
}

describe('ECB rates', () => {
  it('reproduces the ECB published annual means from the daily rates', async () => {
    expect(await annualMean('USD', 2024, 4)).toBe('1.0824');
    expect(await annualMean('GBP', 2024, 5)).toBe('0.84662');
    expect(await annualMean('PLN', 2024, 4)).toBe('4.3058');
    expect(await annualMean('USD', 2023, 4)).toBe('1.0813');
    expect(await annualMean('JPY', 2023, 2)).toBe('151.99');
  });
});

describe('conversion', () => {
  it('converts at the rate of the value date, exactly', async () => {
    // 2024-06-14 (a Friday): USD 1.0686 per EUR.
    const c = await convertAmount(t.ctx, { amount: '1068600', from: 'USD', to: 'EUR', on: '2024-06-14' });
    expect(c.rateDate).toBe('2024-06-14');
    expect(formatMajor(c.to)).toBe('1000000.00');
  });

  it('uses the previous business day on a weekend', async () => {
    const saturday = await convertAmount(t.ctx, { amount: '100', from: 'EUR', to: 'USD', on: '2024-06-15' });
    const sunday = await convertAmount(t.ctx, { amount: '100', from: 'EUR', to: 'USD', on: '2024-06-16' });
    const friday = await convertAmount(t.ctx, { amount: '100', from: 'EUR', to: 'USD', on: '2024-06-14' });
    expect(saturday.rateDate).toBe('2024-06-14');
    expect(sunday.rateDate).toBe('2024-06-14');
    expect(formatMajor(saturday.to)).toBe(formatMajor(friday.to));
    expect(formatMajor(saturday.to)).toBe('106.86');
  });

  it('crosses two non-euro currencies through the euro on the same day', async () => {
    // 2024-06-14: USD 1.0686, NOK 11.4025 per EUR → 1 bn NOK = 1e9 × 1.0686 / 11.4025 USD = 93,716,290.287… USD.
    const c = await convertAmount(t.ctx, { amount: '1000000000', from: 'NOK', to: 'USD', on: '2024-06-14' });
    expect(formatMajor(c.to)).toBe('93716290.29');
    expect(formatRatio(c.rate, 6)).toBe('0.093716');
  });

  it('handles currencies without minor units', async () => {
    const c = await convertAmount(t.ctx, { amount: '1', from: 'EUR', to: 'JPY', on: '2024-06-14' });
    expect(c.to).toEqual({ amount: 168n, currency: 'JPY' }); // 167.8 yen rounds to 168
  });

  it('rounds a tie half to even by default, and as asked', async () => {
    // 7.50 EUR × 167.8 = 1258.5 yen exactly: a tie.
    const input = { amount: '7.50', from: 'EUR', to: 'JPY', on: '2024-06-14' };
    expect((await convertAmount(t.ctx, input)).to.amount).toBe(1258n);
    expect((await convertAmount(t.ctx, { ...input, rounding: 'half_up' })).to.amount).toBe(1259n);
    expect((await convertAmount(t.ctx, { ...input, rounding: 'down' })).to.amount).toBe(1258n);
  });

  it('refuses an unknown currency, a date before the first rate and a currency no longer quoted', async () => {
    await expect(
      convertAmount(t.ctx, { amount: '1', from: 'XXX', to: 'EUR', on: '2024-01-02' }),
    ).rejects.toThrow(/unknown currency "XXX"/);
    await expect(
      convertAmount(t.ctx, { amount: '1', from: 'USD', to: 'EUR', on: '1998-12-31' }),
    ).rejects.toThrow(/no ECB rate for USD on or before 1998-12-31/);
    await expect(
      convertAmount(t.ctx, { amount: '1', from: 'RUB', to: 'EUR', on: '2024-01-02' }),
    ).rejects.toThrow(/last one was published on 2022-03-01/);
  });

  it('refuses more decimals than the currency has', async () => {
    await expect(
      convertAmount(t.ctx, { amount: '1.005', from: 'EUR', to: 'USD', on: '2024-01-02' }),
    ).rejects.toThrow(/more decimals than EUR allows/);
  });
});
