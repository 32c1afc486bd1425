/**
 * Importing the export of an unchanged ledger, as JSON, CSV tables or an XLSX workbook, writes
 * nothing: no record is "updated", no version moves, no audit event is added, so clients'
 * If-Match versions stay valid. One edited cell updates that one record only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLedger } from '../../src/app/interchange/export-ledger.ts';
import { importLedger, type ImportResult } from '../../src/app/interchange/import-ledger.ts';
import { fromTables, toTables } from '../../src/app/interchange/ledger-tables.ts';
import { readXlsx, writeCsvFolder, writeXlsx } from '../../src/app/interchange/table-files.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  dir = tempDir('ramstein-reimport-');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const updated = (result: ImportResult) =>
  Object.fromEntries(Object.entries(result).filter(([, c]) => c.created + c.updated > 0));

async function snapshot() {
  const [audit] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
  const versions = await t.db.query<{ id: string; version: number }>(
    'SELECT id, version FROM commitments ORDER BY id',
  );
  return { audit: audit!.n, versions };
}

describe('importing the export of an unchanged ledger', () => {
  it('writes nothing from a CSV folder', async () => {
    const folder = path.join(dir, 'csv');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), folder);
    const before = await snapshot();
    const result = await importLedger(t.ctx, readLedgerPath(folder));
    expect(updated(result)).toEqual({});
    expect(result.commitments.unchanged).toBe(before.versions.length);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing from an XLSX workbook', async () => {
    const file = path.join(dir, 'ledger.xlsx');
    await writeXlsx(toTables(await exportLedger(t.ctx)), file);
    const before = await snapshot();
    const result = await importLedger(t.ctx, fromTables(await readXlsx(file)));
    expect(updated(result)).toEqual({});
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing from the JSON export', async () => {
    const before = await snapshot();
    const doc = JSON.parse(JSON.stringify(await exportLedger(t.ctx)));
    expect(updated(await importLedger(t.ctx, doc))).toEqual({});
    expect(await snapshot()).toEqual(before);
  });

  it('updates only the record whose cell was edited', async () => {
    const folder = path.join(dir, 'edited');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), folder);
    const file = path.join(folder, 'commitments.csv');
    const rows = parse(fs.readFileSync(file, 'utf8')) as string[][];
    const row = rows.find((r) => r[0] === 'de-gepard-2022-04')!;
    row[rows[0]!.indexOf('note')] = 'Edited in a spreadsheet.';
    fs.writeFileSync(file, stringify(rows, { record_delimiter: '\n' }));

    const before = await snapshot();
    const result = await importLedger(t.ctx, readLedgerPath(folder));
    expect(updated(result)).toEqual({
      commitments: { created: 0, updated: 1, unchanged: before.versions.length - 1 },
    });
    const after = await snapshot();
    const moved = after.versions.filter((v, i) => v.version !== before.versions[i]!.version).map((v) => v.id);
    expect(moved).toEqual(['de-gepard-2022-04']);
    // The edit itself and the import's summary.
    expect(after.audit - before.audit).toBe(2);
  });
});
