/**
 * Importing Kiel releases: contracts, donor mapping, immutability and refusals, on small files
 * written for the test (test/fixtures/kiel).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEdition, listEditions } from '../../src/app/editions/get-edition.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { editions } from '../../src/store/repositories/editions.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const fixture = new URL('../fixtures/kiel/r30-small/', import.meta.url);
const table = fs.readFileSync(new URL('country_summary.csv', fixture), 'utf8');
const files = (text: string) => new Map([['country_summary.csv', text]]);

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

async function state() {
  const [row] = await t.db.query<{ editions: string; figures: string; audit: string }>(
    `SELECT (SELECT count(*) FROM editions)::text AS editions, (SELECT count(*) FROM edition_figures)::text AS figures,
            (SELECT count(*) FROM audit_events WHERE record_type = 'edition')::text AS audit`,
  );
  return row;
}

describe('editions import kiel', () => {
  it('refuses a renamed column, naming it, and writes nothing', async () => {
    const before = await state();
    await expect(
      importEdition(t.ctx, {
        source: 'kiel',
        release: '30',
        files: files(table.replace('military', 'defence')),
      }),
    ).rejects.toThrow(/country_summary.csv: column "military" is missing/);
    expect(await state()).toEqual(before);
  });

  it('refuses a truncated file', async () => {
    const truncated = table.slice(0, table.lastIndexOf(',') - 3);
    await expect(
      importEdition(t.ctx, { source: 'kiel', release: '30', files: files(truncated) }),
    ).rejects.toThrow(/row 4 has 10 fields, the header 11/);
  });

  it('lists every unknown donor instead of dropping rows', async () => {
    const text = `${table}Ruritania,false,0,0,0,0,0,0,0,0,0\nFreedonia,false,0,0,0,0,0,0,0,0,0\n`;
    await expect(importEdition(t.ctx, { source: 'kiel', release: '30', files: files(text) })).rejects.toThrow(
      'unknown donors: Freedonia, Ruritania',
    );
  });

  it('refuses a release the contract does not know, and another release layout', async () => {
    await expect(
      importEdition(t.ctx, { source: 'kiel', release: '99', files: files(table) }),
    ).rejects.toThrow(/release 99 is not described/);
    await expect(
      importEdition(t.ctx, { source: 'kiel', release: '28', files: files(table) }),
    ).rejects.toThrow(/release 28 \(layout rows-2026\) needs bilateral_activities.csv/);
  });

  it('imports once, maps names to parties, and a second import changes nothing', async () => {
    const first = await importEdition(t.ctx, { source: 'kiel', release: '30', files: files(table) });
    expect(first.status).toBe('imported');
    const after = await state();
    const again = await importEdition(t.ctx, { source: 'kiel', release: '30', files: files(table) });
    expect(again.status).toBe('unchanged');
    expect(await state()).toEqual(after);
    expect(after!.audit).toBe('1');
    const view = await getEdition(t.ctx, 'kiel-ust-r30');
    expect(view.donors.map((d) => d.party_code)).toEqual(['EU', 'KR', 'TR']);
    expect(view.donors[0]!.values['allocation.military']).toBe(440_400_000_000n);
    expect(view.edition.attribution).toBe(
      'Kiel Institute for the World Economy, Ukraine Support Tracker, Release 30',
    );
    expect(view.edition.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the same edition id with other contents, and keeps the first', async () => {
    const before = await state();
    await expect(
      importEdition(t.ctx, { source: 'kiel', release: '30', files: files(table.replace('4.404', '4.405')) }),
    ).rejects.toThrow(/kiel-ust-r30 was imported with other contents \(country_summary.csv differ\)/);
    expect(await state()).toEqual(before);
    expect((await listEditions(t.ctx)).map((e) => e.id)).toContain('kiel-ust-r30');
  });

  it('holds the NATO and World Bank tables as editions, and answers "as known on" a date', async () => {
    const ids = (await listEditions(t.ctx)).map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['nato-defexp-2024-06', 'worldbank-gdp-2025-04-15', 'worldbank-gdp-2026-07-13']),
    );
    const known = async (on: string, dataset: string) =>
      (await editions.asKnownOn(t.db, on, dataset))[0]?.id ?? null;
    expect(await known('2025-06-01', 'worldbank-gdp')).toBe('worldbank-gdp-2025-04-15');
    expect(await known('2026-08-01', 'worldbank-gdp')).toBe('worldbank-gdp-2026-07-13');
    expect(await known('2026-06-30', 'kiel-ust')).toBe(null);
    expect(await known('2026-07-01', 'kiel-ust')).toBe('kiel-ust-r30');
  });
});
