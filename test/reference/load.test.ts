import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/app/reference/load-reference-data.ts';
import { migrate } from '../../src/store/migrate.ts';
import { readDataFile } from '../../src/store/data-files.ts';
import { parseEcbHistory } from '../../src/store/reference/ecb.ts';
import { indicators } from '../../src/store/repositories/indicators.ts';
import { parties } from '../../src/store/repositories/parties.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ empty: true });
  await migrate(t.db);
});
afterAll(() => t.close());

/** A fingerprint of every reference table, to prove a second load changes nothing. */
async function fingerprint() {
  const [row] = await t.db.query<{ fp: string }>(`
    SELECT md5(
      (SELECT coalesce(string_agg(md5(p::text), '' ORDER BY code), '') FROM parties p) ||
      (SELECT coalesce(string_agg(md5(r::text), '' ORDER BY currency, rate_date), '') FROM exchange_rates r) ||
      (SELECT coalesce(string_agg(md5(i::text), '' ORDER BY party_code, indicator, year, edition), '') FROM indicators i)
    ) AS fp`);
  return row!.fp;
}

describe('reference data', () => {
  it('loads every file on first start, and a second load changes nothing', async () => {
    const first = await loadReferenceData(t.ctx);
    expect(first.every((d) => d.status === 'loaded')).toBe(true);
    const before = await fingerprint();
    const second = await loadReferenceData(t.ctx);
    expect(second.map((d) => d.status)).toEqual(first.map(() => 'unchanged'));
    expect(await fingerprint()).toBe(before);
  });

  it('holds every ECB rate of the file', async () => {
    const expected = parseEcbHistory(readDataFile('reference/ecb/eurofxref-hist.csv').text).length;
    const [row] = await t.db.query<{ n: bigint }>('SELECT count(*) AS n FROM exchange_rates');
    expect(Number(row!.n)).toBe(expected);
  });

  it('names every ISO state in English, French and German, with aliases, and the groups', async () => {
    const de = await parties.get(t.db, 'DE');
    expect(de?.names).toEqual({ en: 'Germany', fr: 'Allemagne', de: 'Deutschland' });
    const us = await parties.get(t.db, 'US');
    expect(us?.aliases.en).toContain('USA');
    const states = await parties.list(t.db, { kind: 'state', limit: 1, offset: 0 });
    expect(states.total).toBeGreaterThanOrEqual(249);
    for (const code of ['NATO', 'EU', 'NSPA', 'UDCG', 'EUROPE', 'NB8'])
      expect(await parties.get(t.db, code)).toBeDefined();
    const found = await parties.list(t.db, { search: 'royaume', limit: 5, offset: 0 });
    expect(found.items.map((p) => p.code)).toContain('GB');
  });

  it('reproduces NATO’s published counts: 3 Allies at 2 % in 2014, 23 in 2024, Poland 4.12 %', async () => {
    const atTwo = async (year: number) => {
      const [row] = await t.db.query<{ n: bigint }>(
        `SELECT count(*) AS n FROM indicators JOIN parties ON parties.code = party_code AND parties.kind = 'state'
          WHERE indicator = 'defence_expenditure_pct_gdp' AND year = $1 AND quality = 'primary' AND value >= 2`,
        [year],
      );
      return Number(row!.n);
    };
    expect(await atTwo(2014)).toBe(3);
    expect(await atTwo(2024)).toBe(23);
    const poland = await indicators.list(t.db, {
      party: 'PL',
      indicator: 'defence_expenditure_pct_gdp',
      yearFrom: 2024,
      yearTo: 2024,
      qualities: ['primary'],
      limit: 10,
      offset: 0,
    });
    expect(poland.items).toHaveLength(1);
    expect(Number(poland.items[0]!.value).toFixed(2)).toBe('4.12');
  });

  it('keeps the 2025 press estimates apart, flagged secondary, never in the 2024 edition', async () => {
    const primary = await indicators.list(t.db, {
      party: 'PL',
      yearFrom: 2025,
      qualities: ['primary'],
      limit: 10,
      offset: 0,
    });
    expect(primary.items.filter((i) => i.indicator === 'defence_expenditure_pct_gdp')).toHaveLength(0);
    const secondary = await indicators.list(t.db, {
      party: 'PL',
      yearFrom: 2025,
      qualities: ['secondary'],
      limit: 10,
      offset: 0,
    });
    expect(secondary.items).toHaveLength(1);
    expect(secondary.items[0]).toMatchObject({ value: '4.48', quality: 'secondary', estimate: true });
    expect(secondary.items[0]!.edition).toMatch(/2025/);
  });

  it('keeps both World Bank vintages, the transcribed one flagged', async () => {
    const gdp = await indicators.list(t.db, {
      party: 'DE',
      indicator: 'gdp_usd',
      yearFrom: 2021,
      yearTo: 2021,
      qualities: ['primary', 'transcribed'],
      limit: 10,
      offset: 0,
    });
    expect(gdp.items.map((i) => i.quality).sort()).toEqual(['primary', 'transcribed']);
  });
});
