/**
 * The XLSX workbook is written while the ledger is read, commitments a page at a time: on a ledger
 * of a few thousand commitments, the workbook is the same file whatever the page size, and the
 * same as the one made from the whole document held at once (what the export wrote before). So is
 * the folder of CSV files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../src/app/context.ts';
import { exportLedger } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { toTables } from '../../src/app/interchange/ledger-tables.ts';
import { streamedTables, type TableRows } from '../../src/app/interchange/stream-tables.ts';
import {
  readXlsx,
  writeCsvFolder,
  writeCsvFolderStreamed,
  writeXlsx,
} from '../../src/app/interchange/table-files.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

const COUNT = 2500;
let t: TestDatabase;
let dir: string;

const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  const commitments = Array.from({ length: COUNT }, (_v, i) => ({
    id: `stream-${String(i).padStart(5, '0')}`,
    donor: ['DE', 'FR', 'PL', 'NL'][i % 4],
    recipient: 'UA',
    mode: 'donation',
    items: Array.from({ length: 1 + (i % 3) }, (_w, l) => ({
      equipment: ['gepard', 'patriot', 'iris-t-slm'][(i + l) % 3],
      quantity: 1 + ((i * 7 + l) % 40),
    })),
    money: { amount: `${1000 + i}.50`, currency: i % 2 ? 'EUR' : 'USD', value_date: day(i % 700) },
    announced_on: day(i % 700),
    events: [
      { kind: 'status', status: 'announced', date: day(i % 700) },
      { kind: 'delivery', line: 1, quantity: 1, date: day((i % 700) + 60) },
    ],
    sources: [`https://example.org/stream/${i % 900}`],
    // Every tenth is the Polish government's own: a German reader does not see it.
    ...(i % 10 === 3 ? { visibility: 'restricted', owner_party: 'PL' } : {}),
  }));
  // Replenishments across pages, some of a commitment the German reader may not see.
  const replenishments = Array.from({ length: 40 }, (_v, i) => ({
    commitment: commitments[COUNT - 1 - i * 7]!.id,
    replenishes: commitments[i * 11]!.id,
  }));
  await importLedger(t.ctx, { commitments, replenishments });
  dir = tempDir('ramstein-streamed-workbook-');
}, 600_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const asGerman = () => actingAs(t.ctx, { id: 'rep-de', role: 'representative', party: 'DE' }, null);

describe('the streamed XLSX export', () => {
  it('writes the same workbook whatever the page size, as the whole document gives', async () => {
    const whole = path.join(dir, 'whole.xlsx');
    const doc = await exportLedger(asGerman());
    await writeXlsx(toTables(doc), whole, doc.exchange_rates);
    const seen = doc.commitments.filter((c) => c.id.startsWith('stream-')).length;
    expect(seen).toBe(COUNT - COUNT / 10);

    for (const batchSize of [97, 1000]) {
      const file = path.join(dir, `paged-${batchSize}.xlsx`);
      const tables = await streamedTables(asGerman(), t.db, { batchSize });
      await writeXlsx(tables.rows, file, tables.rates);
      expect(fs.readFileSync(file).equals(fs.readFileSync(whole)), `page size ${batchSize}`).toBe(true);
      expect(Object.fromEntries(tables.counts())).toMatchObject({
        commitments: doc.commitments.length,
        replenishments: doc.replenishments.length,
        sources: doc.sources.length,
      });
    }
    const sheets = await readXlsx(whole);
    expect(sheets.commitments).toHaveLength(doc.commitments.length + 1);
    expect(sheets.commitments!.flat()).not.toContain('stream-00003');
    expect(sheets.commitment_lines!.length).toBeGreaterThan(2 * seen);
  }, 600_000);

  it('sends the sheets to the file while the ledger is read, not once the workbook is whole', async () => {
    const file = path.join(dir, 'flowing.xlsx');
    const tables = await streamedTables(asGerman(), t.db, { batchSize: 97 });
    const size = () => (fs.existsSync(file) ? fs.statSync(file).size : 0);
    // Measured when the sources sheet begins: the commitments and their lines and events are given.
    let before = -1;
    const rows: TableRows = (name) =>
      name !== 'sources'
        ? tables.rows(name)
        : (async function* () {
            before = size();
            yield* tables.rows(name);
          })();
    await writeXlsx(rows, file, tables.rates);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(size());
  }, 600_000);

  it('writes the same CSV folder a page at a time as the whole document gives', async () => {
    const whole = path.join(dir, 'whole-csv');
    const doc = await exportLedger(asGerman());
    writeCsvFolder(toTables(doc), whole, doc.exchange_rates);
    const paged = path.join(dir, 'paged-csv');
    const tables = await streamedTables(asGerman(), t.db, { batchSize: 97 });
    await writeCsvFolderStreamed(tables.rows, paged, tables.rates);
    const files = fs.readdirSync(whole).sort();
    expect(fs.readdirSync(paged).sort()).toEqual(files);
    expect(files).toContain('datapackage.json');
    for (const file of files)
      expect(fs.readFileSync(path.join(paged, file), 'utf8'), file).toBe(
        fs.readFileSync(path.join(whole, file), 'utf8'),
      );
  }, 600_000);
});
