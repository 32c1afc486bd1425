/**
 * An import that changes many records refreshes the planner's statistics (src/store/statistics.ts):
 * without it, the embedded database (no autovacuum) plans report queries over commitments just
 * put at meetings as if there were none at all, and joins them row by row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { reportFollowThrough } from '../../src/app/reports/report-follow-through.ts';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let ctx: AppContext;

const COUNT = 120;
const meeting = {
  id: 'stats-m1',
  kind: 'udcg',
  number: 30,
  status: 'held',
  date: '2025-06-04',
  place: 'Brussels',
  country: 'BE',
  sources: ['https://example.org/stats-m1'],
};
const commitments = (atMeeting: boolean) =>
  Array.from({ length: COUNT }, (_, i) => ({
    id: `stats-c${i}`,
    donor: 'DE',
    recipient: 'UA',
    mode: 'donation',
    money: { amount: '1000', currency: 'EUR', value_date: '2025-06-04' },
    announced_on: '2025-06-04',
    ...(atMeeting ? { announced_at: meeting.id } : {}),
    sources: ['https://example.org/stats'],
  }));

/** The planner's row estimate for the commitments announced at a meeting. */
async function estimatedAtMeetings(): Promise<number> {
  const [row] = await t.db.query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT id FROM commitments WHERE meeting_id IS NOT NULL`,
  );
  const raw = row!['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: { 'Plan Rows': number } }[];
  return plan[0]!.Plan['Plan Rows'];
}

beforeAll(async () => {
  t = await openTestDb();
  ctx = createContext(t.db, { clock: { now: () => new Date('2025-12-31T12:00:00Z') } });
  await importLedger(ctx, { meetings: [meeting], commitments: commitments(false) });
  // Statistics as a previous refresh (or autovacuum) left them: no commitment is at a meeting.
  await t.db.exec('ANALYZE');
});
afterAll(() => t.close());

describe('statistics after an import', () => {
  it('an import that puts commitments at a meeting leaves the planner knowing how many there are', async () => {
    expect(await estimatedAtMeetings()).toBeLessThan(10);
    const result = await importLedger(ctx, { commitments: commitments(true) });
    expect(result.commitments.updated).toBe(COUNT);
    // Within a factor of two of the truth, where the statistics of before said none.
    expect(await estimatedAtMeetings()).toBeGreaterThanOrEqual(COUNT / 2);
    expect(await estimatedAtMeetings()).toBeLessThanOrEqual(COUNT * 2);
    const report = await reportFollowThrough(ctx, { meeting: meeting.id });
    expect(report.meetings).toHaveLength(1);
    expect(report.meetings[0]!.commitments).toBe(COUNT);
  });
});
