/**
 * The three Kiel releases of ../shared imported whole: the published figures they must
 * reproduce (SOURCES.md of data/external/kiel), exactly, from integer cents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/app/editions/diff-editions.ts';
import { getEdition, type EditionView } from '../../src/app/editions/get-edition.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { centsToBillions } from '../../src/domain/editions/amounts.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const kiel = new URL('../../../shared/data/external/kiel/', import.meta.url);

function folder(release: string): Map<string, string> {
  const dir = new URL(`r${release}/`, kiel);
  return new Map(
    fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir.pathname, name), 'utf8')]),
  );
}

let t: TestDatabase;
const views: Record<string, EditionView> = {};
beforeAll(async () => {
  t = await openTestDb();
  for (const release of ['28', '29', '30']) {
    await importEdition(t.ctx, { source: 'kiel', release, files: folder(release) });
    views[release] = await getEdition(t.ctx, `kiel-ust-r${release}`);
  }
}, 300_000);
afterAll(() => t.close());

const bn = (cents: bigint | null | undefined, places = 3) => centsToBillions(cents!, places);

describe('Kiel release 28: rows against the country table', () => {
  it('reconciles 40 of 42 donors within EUR 5 m and reports the two residuals with both figures', () => {
    const checks = views['28']!.checks.rows_vs_table!;
    const inTable = checks.filter((c) => c.status !== 'only_in_rows');
    expect(inTable).toHaveLength(42);
    expect(inTable.filter((c) => c.status === 'reconciled')).toHaveLength(40);
    const residuals = inTable.filter((c) => c.status === 'unreconciled');
    expect(residuals.map((c) => [c.party_code, bn(c.rows_minor), bn(c.table_minor)])).toEqual([
      ['EU', '81.257', '84.425'],
      ['SI', '0.142', '0.135'],
    ]);
    expect(checks.filter((c) => c.status === 'only_in_rows').map((c) => c.donor_name)).toEqual([
      'European Investment Bank',
    ]);
  });

  it('keeps every activity row', () => {
    expect(views['28']!.edition.files.find((f) => f.name === 'bilateral_activities.csv')!.row_count).toBe(
      5565,
    );
  });
});

describe('Kiel release 29: website chart data', () => {
  it('monthly donor totals equal total_allocations.csv for all 52 months', () => {
    const months = views['29']!.checks.months_vs_totals!;
    expect(months).toHaveLength(52);
    expect(months.every((m) => m.difference_minor === 0n)).toBe(true);
  });

  it('all donors EUR 358.4 bn, military 173.0 bn; US 115.38, DE 29.93', () => {
    const v = views['29']!;
    expect(bn(v.totals['allocation.total'], 1)).toBe('358.4');
    expect(bn(v.totals['allocation.military'], 1)).toBe('173.0');
    const donor = (code: string) => v.donors.find((d) => d.party_code === code)!.values['allocation.total'];
    expect(bn(donor('US'), 2)).toBe('115.38');
    expect(bn(donor('DE'), 2)).toBe('29.93');
  });

  it('NATO PURL channel: 4.12 bn in total, 3.71 bn in 2025', () => {
    const purl = views['29']!.checks.channels!.find((c) => c.channel === 'nato_purl')!;
    expect(bn(purl.total_minor, 2)).toBe('4.12');
    expect(bn(purl.by_year.find((y) => y.year === 2025)!.amount_minor, 2)).toBe('3.71');
  });
});

describe('Kiel release 29 to 30: revisions per donor and aid type', () => {
  it('UK military about -0.31 bn, EU institutions military +4.40 bn, France unchanged', async () => {
    const diff = await diffEditions(t.ctx, 'kiel-ust-r29', 'kiel-ust-r30');
    const row = (party: string, series: string) =>
      diff.rows.find((r) => r.party_code === party && r.series === series)!;
    const uk = row('GB', 'allocation.military');
    expect(uk.status).toBe('revised');
    expect(Number(bn(uk.change_minor, 2))).toBeCloseTo(-0.31, 1);
    expect(bn(row('EU', 'allocation.military').change_minor, 2)).toBe('4.40');
    for (const series of [
      'allocation.military',
      'allocation.financial',
      'allocation.humanitarian',
      'allocation.total',
    ])
      expect(row('FR', series).status).toBe('unchanged');
  });
});
