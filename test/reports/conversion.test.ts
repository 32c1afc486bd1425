/**
 * Amounts a report cannot convert are named, never dropped silently. The fixture ledger
 * (test/fixtures/conversion) holds a NOK pledge dated after the last ECB rate held (2026-04-13),
 * a pledge in hryvnia, for which the ECB publishes no rate at all, an EUR pledge, a NOK pledge
 * in time, and a NOK claim dated after the last rate. Every report, in every output, names the
 * last rate date used and lists what it left out, with why.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { exportLedger, ledgerJson } from '../../src/app/interchange/export-ledger.ts';
import { exportIati } from '../../src/app/interchange/iati/export-iati.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { toTables } from '../../src/app/interchange/ledger-tables.ts';
import { writeCsvFolder, writeXlsx } from '../../src/app/interchange/table-files.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { reportClaims } from '../../src/app/reports/report-claims.ts';
import { reportFairShare } from '../../src/app/reports/report-fair-share.ts';
import { reportFollowThrough } from '../../src/app/reports/report-follow-through.ts';
import { reportPipeline } from '../../src/app/reports/report-pipeline.ts';
import { reportValueOverTime } from '../../src/app/reports/report-value-over-time.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { runRamstein } from '../support/processes.ts';

let t: TestDatabase;
let ctx: AppContext;
let app: Api;

beforeAll(async () => {
  t = await openTestDb();
  ctx = createContext(t.db, { clock: { now: () => new Date('2026-07-01T00:00:00Z') } });
  await importLedger(ctx, readLedgerPath('test/fixtures/conversion'));
  app = await buildServer(ctx, { logger: false });
});
afterAll(async () => {
  await app.close();
  // The command-line test closed the embedded database already.
  await t.close().catch(() => fs.rmSync(t.dataDir!, { recursive: true, force: true }));
});

const afterRates = {
  record: 'no-after-rates',
  donor: 'NO',
  amount: '500000000.00',
  currency: 'NOK',
  value_date: '2026-06-02',
  reason: 'after_last_rate',
  text: 'no ECB rate for NOK within 14 days on or before 2026-06-02: the last one held is of 2026-04-13',
};
const hryvnia = {
  record: 'pl-hryvnia',
  donor: 'PL',
  amount: '1000000.50',
  currency: 'UAH',
  value_date: '2025-05-05',
  reason: 'no_rates',
  text: 'no ECB rate for UAH is held at all',
};

describe('every report names its last rate date and the amounts it could not convert', () => {
  it('burden, in EUR and in USD', async () => {
    for (const currency of ['EUR', 'USD'] as const) {
      const report = await reportBurden(ctx, { currency });
      expect(report.conversion).toEqual({
        currency,
        rate_date: '2026-04-10',
        unconverted: [afterRates, hryvnia],
      });
      expect(report.totals.counts.unconvertible).toBe(2);
      expect(report.notes).toContain('Exchange rates: ECB reference rates, the last used of 2026-04-10.');
      expect(report.notes.join('\n')).toContain('2 amount(s) could not be converted');
    }
  });

  it('pipeline', async () => {
    const report = await reportPipeline(ctx, { on: '2026-07-01' });
    expect(report.conversion.rate_date).toBe('2026-04-10');
    expect(report.conversion.unconverted).toEqual([afterRates, hryvnia]);
  });

  it('fair share, per year', async () => {
    const in2026 = await reportFairShare(ctx, { year: 2026 });
    expect(in2026.conversion.unconverted).toEqual([afterRates]);
    expect(in2026.conversion.rate_date).toBe('2026-04-10');
    const in2025 = await reportFairShare(ctx, { year: 2025 });
    expect(in2025.conversion).toEqual({ currency: 'EUR', rate_date: null, unconverted: [hryvnia] });
    expect(in2025.notes).toContain('Exchange rates: no ECB rate was needed.');
  });

  it('follow-through of the meeting where the late pledge was announced', async () => {
    const report = await reportFollowThrough(ctx, { meeting: 'udcg-fixture', as_of: '2026-07-01' });
    expect(report.conversion.unconverted).toEqual([afterRates]);
  });

  it('value over time, for every donor and for some', async () => {
    const report = await reportValueOverTime(ctx);
    expect(report.conversion).toEqual({
      currency: 'EUR',
      rate_date: '2026-04-10',
      unconverted: [afterRates, hryvnia],
    });
    expect(report.counts.unconvertible).toBe(2);
    const inUsd = await reportValueOverTime(ctx, { currency: 'USD', donors: 'DE,PL' });
    // The euro pledge is converted at its own date's rate; the hryvnia is left out, named.
    expect(inUsd.conversion).toEqual({ currency: 'USD', rate_date: '2026-03-02', unconverted: [hryvnia] });
    const germany = await reportValueOverTime(ctx, { donors: 'DE' });
    expect(germany.conversion).toEqual({ currency: 'EUR', rate_date: null, unconverted: [] });
  });

  it('claims', async () => {
    const report = await reportClaims(ctx);
    expect(report.conversion.unconverted).toEqual([
      expect.objectContaining({ record: 'no-total-2026-06', currency: 'NOK', reason: 'after_last_rate' }),
    ]);
  });

  it('the API answers the same', async () => {
    for (const url of [
      '/api/v1/reports/burden',
      '/api/v1/reports/pipeline',
      '/api/v1/reports/value-over-time',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.json().conversion.unconverted.map((u: { record: string }) => u.record)).toEqual([
        'no-after-rates',
        'pl-hryvnia',
      ]);
    }
  });
});

describe('every export names its rates and the amounts no rate converts', () => {
  it("JSON, the CSV tables' datapackage.json, the XLSX workbook and IATI", async () => {
    const exported = await exportLedger(ctx);
    const doc = { ...exported, exchange_rates: exported.exchange_rates! };
    expect(doc.exchange_rates.rate_date).toBe('2026-04-10');
    expect(doc.exchange_rates.unconverted.map((u) => u.record)).toEqual([
      'no-after-rates',
      'no-total-2026-06',
      'pl-hryvnia',
    ]);
    expect(JSON.parse(ledgerJson(doc)).exchange_rates).toEqual(doc.exchange_rates);

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-conversion-'));
    try {
      writeCsvFolder(toTables(doc), path.join(folder, 'csv'), doc.exchange_rates);
      const descriptor = JSON.parse(fs.readFileSync(path.join(folder, 'csv', 'datapackage.json'), 'utf8'));
      expect(descriptor.exchange_rates.unconverted).toEqual(doc.exchange_rates.unconverted);
      expect(descriptor.exchange_rates.summary[0]).toContain('2026-04-10');

      await writeXlsx(toTables(doc), path.join(folder, 'ledger.xlsx'), doc.exchange_rates);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(folder, 'ledger.xlsx'));
      const lines: string[] = [];
      workbook.getWorksheet('exchange_rates')!.eachRow((row) => lines.push(String(row.getCell(1).value)));
      expect(lines.join('\n')).toContain(`pl-hryvnia (PL): UAH 1000000.50 of 2025-05-05: ${hryvnia.text}`);
      expect(workbook.worksheets.at(-1)!.name).toBe('exchange_rates');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }

    const iati = await exportIati(ctx);
    expect(iati.xml.split('\n').slice(1, 3)).toEqual([
      '<!-- Exchange rates: ECB reference rates, the last used of 2026-04-10. -->',
      '<!-- 3 amount(s) could not be converted to EUR and are not in the totals: -->',
    ]);
    expect(iati.xml).toContain(
      `<!-- no-after-rates (NO): NOK 500000000.00 of 2026-06-02: ${afterRates.text} -->`,
    );
  });
});

describe('the command line says so in every format', () => {
  const cli = async (format: string) => {
    const args = t.dataDir ? ['--data-dir', t.dataDir] : [];
    const env = { DATABASE_URL: t.url ?? '', RAMSTEIN_DEMO: 'false' };
    const result = await runRamstein([...args, 'report', 'burden', '--format', format], env);
    expect(result.stderr).toBe('');
    return result.stdout;
  };

  it('table, JSON and CSV of the burden report', { timeout: 120_000 }, async () => {
    // The embedded database admits one process: the test's own handle is closed meanwhile.
    if (t.dataDir) await t.db.close();
    const table = await cli('table');
    expect(table).toContain('note: Exchange rates: ECB reference rates, the last used of 2026-04-10.');
    expect(table).toContain(`no-after-rates (NO): NOK 500000000.00 of 2026-06-02: ${afterRates.text}`);
    expect(table).toContain(`pl-hryvnia (PL): UAH 1000000.50 of 2025-05-05: ${hryvnia.text}`);
    expect(JSON.parse(await cli('json')).conversion.unconverted).toEqual([afterRates, hryvnia]);
    const csv = (await cli('csv')).trim().split('\n');
    expect(csv[0]).toMatch(/,rates_through,not_converted$/);
    expect(csv.filter((line) => line.includes(',2026-04-10,'))).toHaveLength(csv.length - 1);
    expect(
      csv.filter((line) => /no-after-rates: NOK 500000000\.00|pl-hryvnia: UAH 1000000\.50/.test(line)),
    ).toHaveLength(2);
  });
});
