/**
 * CSV exports describe themselves (datapackage.json) and are safe to open in a spreadsheet: text
 * that would run as a formula is neutralised, and the import reverses it so round trips stay exact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { exportLedger } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { toTables } from '../../src/app/interchange/ledger-tables.ts';
import { writeCsvFolder } from '../../src/app/interchange/table-files.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let dir: string;
const notes = [
  '=HYPERLINK("http://example.invalid","click")',
  "'quoted already",
  '@SUM(A1)',
  '-5 left over',
  '+1',
];

beforeAll(async () => {
  t = await openTestDb();
  dir = tempDir('ramstein-csv-');
  for (const [i, note] of notes.entries())
    await createCommitment(t.ctx, {
      id: `formula-${i}`,
      donor: 'DK',
      recipient: 'UA',
      mode: 'donation',
      items: [{ category: 'munitions', quantity: 1000 }],
      money: { amount: '1250000.50', currency: 'EUR', qualifier: 'exact', value_date: '2025-05-01' },
      announced_on: '2025-05-01',
      note,
      sources: ['https://example.org/statement'],
    });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const files = (folder: string) =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]),
  );

describe('CSV export', () => {
  it('writes text that a spreadsheet would run as a formula with a leading apostrophe, numbers untouched', async () => {
    const folder = path.join(dir, 'a');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), folder);
    const csv = fs.readFileSync(path.join(folder, 'commitments.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(csv).toContain(",''quoted already,");
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toContain(",'-5 left over,");
    expect(csv).toContain(",'+1,");
    expect(csv).toContain(',1250000.50,EUR,exact,');
    expect(csv.split('\n').filter((line) => /,[=+\-@]/.test(line))).toEqual([]);
  });

  it('reads the neutralised cells back exactly: export → import → export is byte-identical', async () => {
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), first);
    const other = await openTestDb();
    try {
      await importLedger(other.ctx, readLedgerPath(first));
      const imported = await exportLedger(other.ctx);
      expect(imported.commitments.map((c) => c.note)).toEqual(notes);
      writeCsvFolder(toTables(imported), second);
      expect(files(second)).toEqual(files(first));
    } finally {
      await other.close();
    }
  });

  it('describes the tables in a Frictionless datapackage.json: fields, types, units, keys, licence, sources', async () => {
    const folder = path.join(dir, 'described');
    writeCsvFolder(toTables(await exportLedger(t.ctx)), folder);
    const descriptor = JSON.parse(fs.readFileSync(path.join(folder, 'datapackage.json'), 'utf8'));
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    expect(descriptor.sources).toContainEqual(
      expect.objectContaining({ path: 'https://example.org/statement' }),
    );
    const csvNames = fs.readdirSync(folder).filter((f) => f.endsWith('.csv'));
    expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvNames.sort());
    for (const resource of descriptor.resources) {
      const header = fs.readFileSync(path.join(folder, resource.path), 'utf8').split('\n')[0]!.split(',');
      expect(
        resource.schema.fields.map((f: { name: string }) => f.name),
        resource.path,
      ).toEqual(header);
    }
    const commitments = descriptor.resources.find((r: { name: string }) => r.name === 'commitments');
    const amount = commitments.schema.fields.find((f: { name: string }) => f.name === 'money_amount');
    expect(amount).toMatchObject({ type: 'number' });
    expect(amount.description).toMatch(/major units/);
    expect(commitments.schema.primaryKey).toEqual(['id']);
  });
});
