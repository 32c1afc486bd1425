import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportTargets } from '../../src/app/reports/report-targets.ts';
import { buildServer } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

const twoPct = 'nato-2pct-gdp-wales-2014';
const core = 'nato-5pct-gdp-hague-2025/core-defence';
const fivePct = 'nato-5pct-gdp-hague-2025';
const countAt = (r: Awaited<ReturnType<typeof reportTargets>>, line: string) =>
  r.counts.find((c) => c.line === line)?.at_or_above;

describe('NATO spending targets report', () => {
  it('counts 3 allies at or above 2 % in 2014 and 23 in 2024, aggregates apart', async () => {
    const r2014 = await reportTargets(t.ctx, { year: 2014 });
    const r2024 = await reportTargets(t.ctx, { year: 2024 });
    expect(countAt(r2014, twoPct)).toBe(3);
    expect(countAt(r2024, twoPct)).toBe(23);
    expect(r2024.lines.map((l) => l.value)).toEqual(['2.00', '3.50', '5.00']);
    expect(r2024.edition).toMatch(/Defence Expenditure of NATO Countries \(2014-2024\)/);
    expect(r2024.aggregates.map((a) => a.party)).toEqual(['NATO', 'NATO_EUROPE_CANADA']);
    expect(r2024.allies.map((a) => a.party)).not.toContain('NATO');
  });

  it('gives Poland 4.12 % in 2024 with exact gaps to each line', async () => {
    const r = await reportTargets(t.ctx, { year: 2024 });
    const poland = r.allies.find((a) => a.party === 'PL')!;
    expect(poland.pct_gdp).toBe('4.12');
    expect(poland.lines).toEqual([
      { line: twoPct, at_or_above: true, gap_pp: '0.00' },
      { line: core, at_or_above: true, gap_pp: '0.00' },
      { line: fivePct, at_or_above: false, gap_pp: '0.88' },
    ]);
    expect(poland.secondary).toBeNull();
    expect(r.secondary_counts).toBeNull();
  });

  it('adds the press-reported 2025 estimates only on request, flagged and counted apart', async () => {
    const r = await reportTargets(t.ctx, { year: 2024, include_secondary: true });
    const poland = r.allies.find((a) => a.party === 'PL')!;
    expect(poland.pct_gdp).toBe('4.12');
    expect(poland.secondary).toMatchObject({
      year: 2025,
      pct_gdp: '4.48',
      flag: expect.stringMatching(/press/),
    });
    expect(countAt(r, twoPct)).toBe(23);
    expect(r.secondary_counts?.find((c) => c.line === twoPct)?.of).toBeLessThan(32);
  });

  it('answers over HTTP, with the reports in the OpenAPI document', async () => {
    const app = await buildServer(t.ctx, { logger: false });
    try {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/reports/targets?year=2024&include_secondary=true',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().allies.find((a: { party: string }) => a.party === 'PL').secondary.pct_gdp).toBe(
        '4.48',
      );
      const bad = await app.inject({ method: 'GET', url: '/api/v1/reports/targets?year=soon' });
      expect(bad.statusCode).toBe(400);
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      for (const report of ['burden', 'claims', 'targets', 'pipeline'])
        expect(doc.paths[`/api/v1/reports/${report}`]?.get).toBeDefined();
      expect(doc.components.schemas.TargetsReport).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
