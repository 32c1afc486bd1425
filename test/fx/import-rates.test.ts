/**
 * Exchange rates that stay current: ECB files imported idempotently and audited, the last rate
 * date per currency, and the server's refresh from a feed URL (a local HTTP server, never the
 * internet). The ECB files here are small ones written for the test (test/fixtures/ecb).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertAmount } from '../../src/app/fx/convert-money.ts';
import { exchangeRateStatus, importExchangeRates } from '../../src/app/fx/import-exchange-rates.ts';
import { scheduleRateRefresh } from '../../src/app/fx/refresh-exchange-rates.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const fixture = (name: string) =>
  fs.readFileSync(new URL(`../fixtures/ecb/${name}`, import.meta.url), 'utf8');

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

async function counts() {
  const [row] = await t.db.query<{ rates: string; audit: string }>(
    `SELECT (SELECT count(*) FROM exchange_rates)::text AS rates,
            (SELECT count(*) FROM audit_events WHERE action = 'exchange_rates.import')::text AS audit`,
  );
  return row!;
}

const lastDate = async (currency: string) =>
  (await exchangeRateStatus(t.ctx)).find((s) => s.currency === currency)!.last;

describe('fx import and status', () => {
  it('refuses a truncated feed and writes nothing', async () => {
    const before = await counts();
    const text = fixture('eurofxref-hist-90d.xml');
    await expect(
      importExchangeRates(t.ctx, { name: 'cut.xml', text: text.slice(0, text.indexOf('2026-04-14') + 40) }),
    ).rejects.toThrow(/cut.xml: not an ECB reference-rate file/);
    expect(await counts()).toEqual(before);
  });

  it('loads the 90-day feed: only new rates are written, once, with one audit event', async () => {
    expect(await lastDate('NOK')).toBe('2026-04-13');
    await expect(
      convertAmount(t.ctx, { amount: '1000', from: 'NOK', to: 'EUR', on: '2026-05-10' }),
    ).rejects.toThrow(/last one was published on 2026-04-13/);
    const before = await counts();
    const first = await importExchangeRates(t.ctx, {
      name: 'eurofxref-hist-90d.xml',
      text: fixture('eurofxref-hist-90d.xml'),
    });
    expect(first).toMatchObject({
      status: 'imported',
      rates_in_file: 9,
      written: 6,
      first_date: '2026-04-14',
      last_date: '2026-04-15',
    });
    const again = await importExchangeRates(t.ctx, {
      name: 'eurofxref-hist-90d.xml',
      text: fixture('eurofxref-hist-90d.xml'),
    });
    expect(again).toMatchObject({ status: 'unchanged', written: 0 });
    const after = await counts();
    expect(Number(after.rates) - Number(before.rates)).toBe(6);
    expect(Number(after.audit) - Number(before.audit)).toBe(1);
    expect(await lastDate('DKK')).toBe('2026-04-15');
  });

  it('reads the history CSV layout too', async () => {
    const csv = 'Date,USD,NOK,\n2026-04-16,1.1688,11.1101,\n2026-04-15,1.1690,11.1020,\n';
    const result = await importExchangeRates(t.ctx, { name: 'eurofxref-hist.csv', text: csv });
    expect(result).toMatchObject({ written: 2, first_date: '2026-04-16', currencies: ['NOK', 'USD'] });
  });

  it('refreshes from the configured feed URL on a schedule, then converts amounts dated later', async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests += 1;
      res.setHeader('content-type', 'text/xml');
      res.end(fixture('eurofxref-daily.xml'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/eurofxref-daily.xml`;
    try {
      const refresh = scheduleRateRefresh(t.ctx, { url, everyMs: 3_600_000 });
      const result = await refresh.last();
      await refresh.stop();
      expect(requests).toBe(1);
      expect(result).toMatchObject({ written: 3, last_date: '2026-05-04' });
      expect(await lastDate('NOK')).toBe('2026-05-04');
      const converted = await convertAmount(t.ctx, {
        amount: '1120500',
        from: 'NOK',
        to: 'EUR',
        on: '2026-05-10',
      });
      expect(converted.rateDate).toBe('2026-05-04');
      expect(converted.to.amount).toBe(10_000_000n);
    } finally {
      server.close();
    }
  });
});
