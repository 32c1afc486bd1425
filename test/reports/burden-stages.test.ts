/**
 * One definition of committed and delivered through the API: the burden report's pipeline stages
 * add up to its committed total, its delivered stage is its delivered total, and every total says
 * how much of it is estimated from catalogue prices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BurdenReport } from '../../src/app/reports/report.types.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function burden(query: string): Promise<BurdenReport> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/reports/burden?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json();
}

const minor = (f: { amount_minor: string }) => BigInt(f.amount_minor);
const sum = (figures: { amount_minor: string }[]) => figures.reduce((n, f) => n + minor(f), 0n);

/** `percent` (one decimal) lies within a tenth of a point of part ÷ whole. */
function expectPercent(percent: string | null, part: bigint, whole: bigint) {
  if (whole === 0n) return expect(percent).toBeNull();
  const tenths = BigInt(percent!.replace('.', ''));
  expect(tenths * whole).toBeGreaterThanOrEqual(part * 1000n - whole);
  expect(tenths * whole).toBeLessThanOrEqual(part * 1000n + whole);
}

describe.each([
  'currency=EUR',
  'currency=USD',
  'currency=EUR&as_of=2024-06-30',
  'currency=EUR&from=2025-01-01',
])('burden report (%s)', (query) => {
  it('splits the committed total into pipeline stages that add up to it, delivered being the delivered total', async () => {
    const r = await burden(query);
    expect(r.stages.map((s) => s.stage)).toEqual([
      'announced',
      'committed',
      'contracted',
      'delivering',
      'delivered',
      'cancelled',
    ]);
    expect(sum(r.stages.map((s) => s.value))).toBe(minor(r.totals.committed));
    expect(r.stages.find((s) => s.stage === 'delivered')!.value).toEqual(r.totals.delivered);
    expect(sum(r.stages.map((s) => s.estimated))).toBe(minor(r.totals.estimated));
    for (const s of r.stages) {
      expect(minor(s.value)).toBeGreaterThanOrEqual(0n);
      expectPercent(s.estimated_pct, minor(s.estimated), minor(s.value));
    }
  });

  it('says on every total, and for every donor, how much is estimated from catalogue prices', async () => {
    const r = await burden(query);
    expectPercent(r.totals.estimated_pct, minor(r.totals.estimated), minor(r.totals.committed));
    expectPercent(
      r.totals.delivered_estimated_pct,
      minor(r.totals.delivered_estimated),
      minor(r.totals.delivered),
    );
    expect(sum(r.donors.map((d) => d.estimated))).toBe(minor(r.totals.estimated));
    expect(sum(r.donors.map((d) => d.delivered_estimated))).toBe(minor(r.totals.delivered_estimated));
    for (const d of r.donors) {
      expectPercent(d.estimated_pct, minor(d.estimated), minor(d.committed));
      expectPercent(d.delivered_estimated_pct, minor(d.delivered_estimated), minor(d.delivered));
    }
  });
});

describe('the demo ledger', () => {
  it('names the part of its headline estimated from the catalogue, and counts partial deliveries once', async () => {
    const r = await burden('currency=EUR');
    // In-kind pledges (Patriot systems, Gepards...) carry no price of their own.
    expect(r.totals.counts.estimated).toBeGreaterThan(0);
    expect(Number(r.totals.estimated_pct)).toBeGreaterThan(10);
    // A commitment part-delivered on 2024-06-30 shows its delivered part under delivered, the rest under delivering.
    const past = await burden('currency=EUR&as_of=2024-06-30');
    const delivering = past.stages.find((s) => s.stage === 'delivering')!;
    expect(delivering.count).toBeGreaterThan(0);
    expect(minor(delivering.value)).toBeGreaterThan(0n);
    expect(minor(past.totals.delivered)).toBeGreaterThan(0n);
  });
});
