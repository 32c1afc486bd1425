/**
 * The overview's monthly chart over a ledger of more than a thousand commitments: its series is
 * summed on the server, so the oldest month is drawn however many commitments came after it (the
 * chart once counted a page of the 1,000 latest commitments and lost the months before them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import type { ValueOverTimeReport } from '../../web/src/api/types.ts';
import { monthlyCommitted, monthlyQuery } from '../../web/src/pages/overview/monthly-value.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const LATER = 1_200;

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb();
  const commitment = (id: string, announced_on: string, amount: string) => ({
    id,
    donor: 'DE',
    recipient: 'UA',
    mode: 'donation' as const,
    money: { amount, currency: 'EUR', value_date: announced_on },
    announced_on,
  });
  await importLedger(t.ctx, {
    commitments: [
      // The oldest announcement, before a thousand and more later ones.
      commitment('oldest', '2022-03-15', '7000000'),
      ...Array.from({ length: LATER }, (_, i) =>
        commitment(`later-${i}`, `2025-${String((i % 12) + 1).padStart(2, '0')}-10`, '1000'),
      ),
    ],
  });
  app = await buildServer(t.ctx, { logger: false });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('overview monthly chart past a thousand commitments', () => {
  it('starts at the oldest announcement month, with its value, and sums every later month', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/reports/value-over-time',
      query: monthlyQuery('EUR').query,
    });
    expect(res.statusCode).toBe(200);
    const series = monthlyCommitted(res.json<ValueOverTimeReport>());
    expect(series.months[0]).toBe('2022-03');
    expect(series.months.at(-1)).toBe('2025-12');
    expect(series.lines.map((l) => l.mode)).toEqual(['donation']);
    const donation = series.lines[0]!.values;
    expect(donation[0]).toBe('7000000.00');
    // 1,200 commitments of EUR 1,000 over twelve months of 2025: 100 a month.
    expect(donation.slice(-12)).toEqual(Array(12).fill('100000.00'));

    const latest = await app.inject({ method: 'GET', url: '/api/v1/commitments?limit=6&sort=-announced_on' });
    expect(latest.json<{ total: number }>().total).toBe(LATER + 1);
  });
});
