/** CSV folders and XLSX workbooks: export → import into an empty ledger → export gives the same tables. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLedger, ledgerJson } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { fromTables, toTables } from '../../src/app/interchange/ledger-tables.ts';
import { readXlsx, writeCsvFolder, writeXlsx } from '../../src/app/interchange/table-files.ts';
import { AppError } from '../../src/domain/errors.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  dir = tempDir('ramstein-tables-');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const csvFiles = (folder: string) =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]),
  );

describe('flat tables', () => {
  it('writes one CSV per table with a header row and stable ids', async () => {
    const folder = path.join(dir, 'first');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), folder);
    const files = csvFiles(folder);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'commitments.csv',
        'commitment_lines.csv',
        'commitment_events.csv',
        'packages.csv',
        'package_funders.csv',
        'meetings.csv',
        'claims.csv',
        'equipment.csv',
        'sources.csv',
        'record_sources.csv',
      ]),
    );
    expect(files['commitments.csv']!.split('\n')[0]).toMatch(/^id,donor,co_donors,recipient,mode,/);
    expect(files['commitments.csv']).toContain('de-gepard-2022-04,DE,,UA,funded_purchase');
    expect(files['commitment_lines.csv']).toContain('de-gepard-2022-04,1,gepard,,50,about');
  });

  it('round-trips a CSV folder through `import` of the folder into an empty ledger', async () => {
    const first = path.join(dir, 'csv-a');
    const second = path.join(dir, 'csv-b');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), first);
    const other = await openTestDb();
    try {
      await importLedger(other.ctx, readLedgerPath(first));
      writeCsvFolder(toTables(await exportLedger(other.ctx)), second);
      expect(csvFiles(second)).toEqual(csvFiles(first));
      // The tables carry the whole graph: the JSON exports agree too, except that a cell cannot tell
      // an empty text from an absent one (documented in docs/interchange.md).
      const blankAsNull = (text: string) => text.replaceAll(/: ""(,?)$/gm, ': null$1');
      expect(ledgerJson(await exportLedger(other.ctx))).toBe(
        blankAsNull(ledgerJson(await exportLedger(t.ctx))),
      );
    } finally {
      await other.close();
    }
  });

  it('round-trips an XLSX workbook: the same sheets after import into an empty ledger', async () => {
    const first = path.join(dir, 'a.xlsx');
    const second = path.join(dir, 'b.xlsx');
    await writeXlsx(toTables(await exportLedger(t.ctx)), first);
    const sheets = await readXlsx(first);
    expect(sheets.commitments?.[0]?.slice(0, 3)).toEqual(['id', 'donor', 'co_donors']);
    const other = await openTestDb();
    try {
      await importLedger(other.ctx, fromTables(sheets));
      await writeXlsx(toTables(await exportLedger(other.ctx)), second);
      expect(await readXlsx(second)).toEqual(sheets);
    } finally {
      await other.close();
    }
  });

  it('names the table, row and column of a bad cell, and imports nothing', async () => {
    const folder = path.join(dir, 'bad');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), folder);
    const file = path.join(folder, 'commitment_lines.csv');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[3] = lines[3]!.replace(/,(\d+),(exact|about|at_least)/, ',many,$2');
    fs.writeFileSync(file, lines.join('\n'));
    expect(() => readLedgerPath(folder)).toThrow(/commitment_lines row 4, quantity: expected a number/);
    const error = (() => {
      try {
        readLedgerPath(folder);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
  });
});
