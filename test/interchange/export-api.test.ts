/**
 * The ledger export over the API: the XLSX workbook and each CSV table hold what the caller may
 * see, with the same bytes as the files `ramstein export` writes for the same reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { actingAs } from '../../src/app/context.ts';
import { exportLedger } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { toTables } from '../../src/app/interchange/ledger-tables.ts';
import { readXlsx, writeCsvFolder, writeXlsx } from '../../src/app/interchange/table-files.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
let dir: string;
let german: string;

const restricted = {
  id: 'pl-hidden-api',
  donor: 'PL',
  recipient: 'UA',
  mode: 'donation',
  items: [{ equipment: 'gepard', quantity: 2, quantity_qualifier: 'exact' }],
  money: { amount: '10.50', currency: 'PLN', qualifier: 'exact', value_date: '2024-03-01' },
  announced_on: '2024-03-01',
  visibility: 'restricted',
  owner_party: 'PL',
};

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  await importLedger(t.ctx, { commitments: [restricted] });
  app = await buildServer(t.ctx, { logger: false });
  german = `Bearer ${(await createApiToken(t.ctx, { name: 'rep-de', role: 'representative', party: 'DE' })).token}`;
  dir = tempDir('ramstein-export-api-');
});
afterAll(async () => {
  await app.close();
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const asGerman = () => actingAs(t.ctx, { id: 'rep-de', role: 'representative', party: 'DE' }, null);

describe('the ledger export over the API', () => {
  it('sends each CSV table as the CLI writes it, without what the caller may not see', async () => {
    const folder = path.join(dir, 'csv');
    writeCsvFolder(toTables(await exportLedger(asGerman())), folder);
    for (const table of ['commitments', 'commitment_lines', 'requirements', 'people']) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/export/tables/${table}`,
        headers: { authorization: german },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.body).toBe(fs.readFileSync(path.join(folder, `${table}.csv`), 'utf8'));
    }
    const commitments = await app.inject({
      method: 'GET',
      url: '/api/v1/export/tables/commitments',
      headers: { authorization: german },
    });
    expect(commitments.body).not.toContain('pl-hidden-api');
    const admin = `Bearer ${(await createApiToken(t.ctx, { name: 'all', role: 'admin', party: null })).token}`;
    const all = await app.inject({
      method: 'GET',
      url: '/api/v1/export/tables/commitments',
      headers: { authorization: admin },
    });
    expect(all.body).toContain('pl-hidden-api,PL,,UA,donation');
  });

  it('sends the XLSX workbook with the same bytes as the CLI, and refuses an unknown table', async () => {
    const file = path.join(dir, 'german.xlsx');
    await writeXlsx(toTables(await exportLedger(asGerman())), file);
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/export/ledger.xlsx',
      headers: { authorization: german },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.rawPayload.equals(fs.readFileSync(file))).toBe(true);
    const sheets = await readXlsx(file);
    expect(sheets.commitments!.flat()).not.toContain('pl-hidden-api');
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/export/tables/users',
      headers: { authorization: german },
    });
    expect(unknown.statusCode).toBe(400);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/export/tables/commitments' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).not.toContain('pl-hidden-api');
  });
});
