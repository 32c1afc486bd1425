import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentEventInput } from '../../src/app/commitments/commitment.types.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { reportPipeline } from '../../src/app/reports/report-pipeline.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let ctx: AppContext;
let before: Awaited<ReturnType<typeof reportPipeline>>;

const ev = (e: Omit<CommitmentEventInput, 'increase'>): CommitmentEventInput => ({ increase: false, ...e });
const euros = (amount: string, on: string) => ({ amount, currency: 'EUR', value_date: on });

beforeAll(async () => {
  t = await openTestDb();
  ctx = createContext(t.db, { clock: { now: () => new Date('2025-10-01T00:00:00Z') } });
  await importLedger(ctx, readLedgerPath('data/demo'));
  before = await reportPipeline(ctx);
  const base = { recipient: 'UA', mode: 'donation' as const, announced_on: '2025-03-01' };
  await createCommitment(ctx, {
    ...base,
    id: 'pl-late',
    donor: 'PL',
    money: euros('10000000', '2025-03-01'),
    events: [ev({ kind: 'status', status: 'committed', date: '2025-03-01', planned_on: '2025-09-01' })],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'pl-on-time',
    donor: 'PL',
    money: euros('5000000', '2025-03-01'),
    events: [
      ev({ kind: 'status', status: 'committed', date: '2025-03-01', planned_on: '2025-06-01' }),
      ev({ kind: 'status', status: 'delivered', date: '2025-06-10' }),
    ],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'pl-not-yet-due',
    donor: 'PL',
    events: [ev({ kind: 'status', status: 'contracted', date: '2025-03-01', planned_on: '2025-12-01' })],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'dk-held',
    donor: 'DK',
    events: [
      ev({ kind: 'status', status: 'committed', date: '2025-03-01' }),
      ev({ kind: 'suspension', date: '2025-09-15' }),
    ],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'dk-pause-over',
    donor: 'DK',
    events: [
      ev({ kind: 'status', status: 'committed', date: '2025-03-01' }),
      ev({ kind: 'suspension', date: '2025-08-01', until: '2025-08-31' }),
    ],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'us-late-sale',
    donor: 'US',
    mode: 'sale',
    events: [ev({ kind: 'status', status: 'contracted', date: '2025-03-01', planned_on: '2025-04-01' })],
  });
  await createCommitment(ctx, {
    ...base,
    id: 'de-late-restricted',
    donor: 'DE',
    visibility: 'restricted',
    owner_party: 'DE',
    money: euros('1000000', '2025-03-01'),
    events: [ev({ kind: 'status', status: 'committed', date: '2025-03-01', planned_on: '2025-07-03' })],
  });
});
afterAll(() => t.close());

describe('pipeline report', () => {
  it('lists what is overdue on the report date, most overdue first, without sales', async () => {
    const report = await reportPipeline(ctx);
    expect(report.on).toBe('2025-10-01');
    expect(report.overdue.map((o) => [o.id, o.donor, o.planned_on, o.days_overdue, o.status])).toEqual([
      ['de-late-restricted', 'DE', '2025-07-03', 90, 'committed'],
      ['pl-late', 'PL', '2025-09-01', 30, 'committed'],
    ]);
    expect(report.overdue[1]?.value?.amount).toBe('10000000.00');
    expect(report.excluded.sales).toBe(before.excluded.sales + 1);
    expect(report.rules.some((r) => /sales and replenishments/.test(r))).toBe(true);
    // On an earlier date, PL's planned date has not passed yet.
    const earlier = await reportPipeline(ctx, { on: '2025-08-15' });
    expect(earlier.overdue.map((o) => o.id)).toEqual(['de-late-restricted']);
  });

  it('lists the suspensions in force, not the ones that ran out', async () => {
    const report = await reportPipeline(ctx);
    expect(report.suspensions.map((s) => [s.id, s.since, s.until])).toEqual([
      ['dk-held', '2025-09-15', null],
    ]);
    const during = await reportPipeline(ctx, { on: '2025-08-20' });
    expect(during.suspensions.map((s) => s.id)).toEqual(['dk-pause-over']);
  });

  it('counts and values by derived status and by donor, converted to the report currency', async () => {
    const report = await reportPipeline(ctx);
    const status = (r: typeof report, s: string) => r.by_status.find((x) => x.status === s)!;
    expect(status(report, 'committed').count - status(before, 'committed').count).toBe(4);
    expect(status(report, 'delivered').count - status(before, 'delivered').count).toBe(1);
    expect(report.by_status.reduce((n, s) => n + s.count, 0)).toBe(report.totals.count);
    const pl = report.by_donor.find((d) => d.donor === 'PL')!;
    const plBefore = before.by_donor.find((d) => d.donor === 'PL');
    expect(BigInt(pl.value.amount_minor) - BigInt(plBefore?.value.amount_minor ?? '0')).toBe(1500000000n);
    const inUsd = await reportPipeline(ctx, { currency: 'USD' });
    expect(inUsd.currency).toBe('USD');
    expect(inUsd.totals.count).toBe(report.totals.count);
    expect(inUsd.totals.value.amount_minor).not.toBe(report.totals.value.amount_minor);
  });

  it("never counts a nation's restricted commitment for another nation's representative", async () => {
    const asFrance = await reportPipeline(
      actingAs(ctx, { id: 'x', role: 'representative', party: 'FR' }, null),
    );
    const asGermany = await reportPipeline(
      actingAs(ctx, { id: 'y', role: 'representative', party: 'DE' }, null),
    );
    expect(asFrance.overdue.map((o) => o.id)).toEqual(['pl-late']);
    expect(asGermany.overdue.map((o) => o.id)).toContain('de-late-restricted');
    expect(asGermany.totals.count - asFrance.totals.count).toBe(1);
    const de = (r: typeof asFrance) =>
      BigInt(r.by_donor.find((d) => d.donor === 'DE')?.value.amount_minor ?? '0');
    expect(de(asGermany) - de(asFrance)).toBe(100000000n);
  });
});
