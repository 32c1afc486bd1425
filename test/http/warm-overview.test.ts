/**
 * The first visit after a restart: everything the public overview asks for was computed ahead by
 * the server (warmPublicReports), so the visit's requests are all answered from the cache.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { warmPublicReports } from '../../src/app/reports/warm-reports.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const r30 = new URL('../../../shared/data/external/kiel/r30/country_summary.csv', import.meta.url);

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
  await importEdition(t.ctx, {
    source: 'kiel',
    release: '30',
    files: new Map([['country_summary.csv', fs.readFileSync(r30, 'utf8')]]),
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

/** The public overview's requests, as the web application sends them (web/src/pages/overview/). */
const overview = [
  '/api/v1/reports/burden?currency=EUR',
  '/api/v1/reports/value-over-time?currency=EUR',
  '/api/v1/reports/fair-share',
  '/api/v1/commitments?limit=6&sort=-announced_on',
  '/api/v1/parties?limit=1000',
  '/api/v1/freshness',
  '/api/v1/editions/latest/reconciliation?dataset=kiel-ust',
  '/api/v1/equipment?limit=1000',
];

/** Computations of the report cache so far, by report (from /metrics). */
async function misses(): Promise<Map<string, number>> {
  const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  const counts = new Map<string, number>();
  for (const [, report, n] of text.matchAll(
    /^ramstein_report_cache_requests_total\{report="([^"]+)",outcome="miss"\} (\d+)$/gm,
  ))
    counts.set(report!, Number(n));
  return counts;
}

describe('the overview after a restart', () => {
  it('computes nothing ahead when the server closes before it is idle', async () => {
    await warmPublicReports(app.ctx, async () => false);
    expect((await misses()).get('burden')).toBeUndefined();
  });

  it('finds every answer it asks for computed ahead, the comparison with the latest Kiel release included', async () => {
    await warmPublicReports(app.ctx);
    const before = await misses();
    expect(before.get('burden')).toBeGreaterThan(0);
    const answers = await Promise.all(overview.map((url) => app.inject({ method: 'GET', url })));
    expect(answers.map((a) => a.statusCode)).toEqual(overview.map(() => 200));
    expect(answers[6]!.json().edition.dataset).toBe('kiel-ust');
    expect(await misses()).toEqual(before);
  });
});
