import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentEventInput } from '../../src/app/commitments/commitment.types.ts';
import { buildBrief } from '../../src/app/briefing/build-brief.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { reportFollowThrough } from '../../src/app/reports/report-follow-through.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { kielRelease } from '../support/kiel.ts';

// Figures below are computed by hand from this fixture (docs/reports.md, "Follow-through").
let t: TestDatabase;
let ctx: AppContext;
let analyst: AppContext;
let poland: AppContext;

const ev = (e: Omit<CommitmentEventInput, 'increase'>): CommitmentEventInput => ({ increase: false, ...e });
const euros = (amount: string, on: string) => ({ amount, currency: 'EUR', value_date: on });
const fixture = JSON.parse(fs.readFileSync('test/reports/fixtures/follow-through.json', 'utf8'));

beforeAll(async () => {
  t = await openTestDb();
  ctx = createContext(t.db, { clock: { now: () => new Date('2025-12-31T12:00:00Z') } });
  analyst = actingAs(ctx, { id: 'a', role: 'analyst', party: null }, null);
  poland = actingAs(ctx, { id: 'p', role: 'representative', party: 'PL' }, null);
  await importLedger(ctx, fixture);
  const m1 = {
    recipient: 'UA',
    mode: 'donation' as const,
    announced_on: '2025-02-12',
    announced_at: 'ft-m1',
  };
  await createCommitment(ctx, {
    ...m1,
    id: 'ft-de-leopards',
    donor: 'DE',
    money: euros('100000000', '2025-02-12'),
    items: [{ equipment: 'leopard-2', quantity: 10 }],
    events: [
      ev({ kind: 'status', status: 'committed', date: '2025-03-01' }),
      ev({ kind: 'delivery', date: '2025-05-13', line: 1, quantity: 4 }),
      ev({ kind: 'delivery', date: '2025-08-11', line: 1, quantity: 6 }),
    ],
  });
  await createCommitment(ctx, {
    ...m1,
    id: 'ft-de-patriots',
    donor: 'DE',
    items: [{ equipment: 'patriot', quantity: 2 }],
    events: [
      ev({ kind: 'status', status: 'contracted', date: '2025-04-01' }),
      ev({ kind: 'delivery', date: '2025-06-12', line: 1, quantity: 1 }),
    ],
  });
  await createCommitment(ctx, {
    ...m1,
    id: 'ft-fr-cancelled',
    donor: 'FR',
    money: euros('30000000', '2025-02-12'),
    events: [ev({ kind: 'status', status: 'cancelled', date: '2025-06-01' })],
  });
  await createCommitment(ctx, {
    ...m1,
    id: 'ft-pl-restricted',
    donor: 'PL',
    visibility: 'restricted',
    owner_party: 'PL',
    money: euros('50000000', '2025-02-12'),
    events: [ev({ kind: 'status', status: 'committed', date: '2025-03-01' })],
  });
  await createCommitment(ctx, {
    ...m1,
    id: 'ft-us-sale',
    donor: 'US',
    mode: 'sale',
    money: euros('900000000', '2025-02-12'),
  });
  await createCommitment(ctx, {
    recipient: 'UA',
    mode: 'donation',
    announced_on: '2025-04-11',
    announced_at: 'ft-m2',
    id: 'ft-de-quick',
    donor: 'DE',
    money: euros('20000000', '2025-04-11'),
    events: [ev({ kind: 'status', status: 'delivered', date: '2025-04-22' })],
  });
});
afterAll(() => t.close());

const meeting = (r: Awaited<ReturnType<typeof reportFollowThrough>>, id: string) =>
  r.meetings.find((m) => m.meeting.id === id)!;

describe('follow-through report', () => {
  it('follows what was announced at each meeting held by the as-of date, aid only', async () => {
    const r = await reportFollowThrough(analyst);
    expect(r.as_of).toBe('2025-12-31');
    expect(r.meetings.map((m) => m.meeting.id)).toEqual(['ft-m1', 'ft-m2']);
    const m1 = meeting(r, 'ft-m1');
    expect(m1.items.map((i) => i.id).sort()).toEqual(['ft-de-leopards', 'ft-de-patriots', 'ft-fr-cancelled']);
    // 100 m recorded + 2 × EUR 1 bn (catalogue) + 30 m recorded.
    expect(m1.announced).toEqual({
      count: 3,
      value: { amount: '2130000000.00', amount_minor: '213000000000' },
      units: '12',
    });
    expect(m1.committed.value.amount).toBe('2100000000.00');
    expect(m1.committed.count).toBe(2);
    expect(m1.contracted.value.amount).toBe('2100000000.00');
    // Leopards fully delivered (100 m), one Patriot of two (1 bn).
    expect(m1.delivered.value.amount).toBe('1100000000.00');
    expect(m1.delivered.units).toBe('11');
    expect(m1.delivered.value_pct).toBe('51.64');
    expect(m1.cancelled).toBe(1);
    expect(m1.estimated.amount).toBe('2000000000.00');
  });

  it('gives the median days from announcement to first and to full delivery per donor, exactly', async () => {
    const r = await reportFollowThrough(analyst);
    const de = r.donors.find((d) => d.donor === 'DE')!;
    // First deliveries after 90 (leopards), 120 (Patriot) and 11 days; full after 180 and 11.
    expect(de.first_delivery).toEqual({ count: 3, median_days: '90' });
    expect(de.full_delivery).toEqual({ count: 2, median_days: '95.5' });
    expect(r.donors.find((d) => d.donor === 'FR')!.first_delivery).toEqual({ count: 0, median_days: null });
  });

  it('replays the pipeline as known on an earlier date', async () => {
    const r = await reportFollowThrough(analyst, { as_of: '2025-06-30' });
    const m1 = meeting(r, 'ft-m1');
    // 4 of 10 leopards (40 m) and one Patriot of two (1 bn).
    expect(m1.delivered.value.amount).toBe('1040000000.00');
    expect(m1.delivered.units).toBe('5');
    expect(m1.items.find((i) => i.id === 'ft-de-leopards')!.full_delivery_on).toBeNull();
    expect(r.donors.find((d) => d.donor === 'DE')!.full_delivery).toEqual({ count: 1, median_days: '11' });
    const early = await reportFollowThrough(analyst, { as_of: '2025-03-31' });
    expect(early.meetings.map((m) => m.meeting.id)).toEqual(['ft-m1']);
    expect(meeting(early, 'ft-m1').delivered.count).toBe(0);
  });

  it('shows the range across valuation bases and values in-kind lines on the chosen basis', async () => {
    // Kiel's release 29 as published (../shared), known from its publication on 2026-06-04.
    await importEdition(ctx, { source: 'kiel', release: '29', files: kielRelease('29') });
    const later = { meeting: 'ft-m1', as_of: '2026-06-30' };
    const report = await reportFollowThrough(analyst, later);
    expect(report.kiel_edition).toMatchObject({ id: 'kiel-ust-r29', published_on: '2026-06-04' });
    // No fallback note: only the exchange rates (the meeting's amounts are in EUR), all converted.
    expect(report.notes).toEqual([
      'Exchange rates: no ECB rate was needed.',
      'Every amount was converted to EUR.',
    ]);
    const m1 = meeting(report, 'ft-m1');
    // Kiel R29: DE tanks 206,006,134 / 90 × 10 = 22,889,570.44; DE air defence 3,880,245,637 / 19 × 2
    // = 408,446,909.16; with the French 30 m: 461,336,479.60.
    expect(m1.range!.announced.by_basis.kiel.amount).toBe('461336479.60');
    expect(m1.range!.announced.by_basis.record.amount).toBe('2130000000.00');
    expect(m1.range!.announced.low.amount).toBe('461336479.60');
    expect(m1.range!.announced.high.amount).toBe('2130000000.00');
    const kiel = meeting(await reportFollowThrough(analyst, { ...later, valuation: 'kiel' }), 'ft-m1');
    expect(kiel.announced.value.amount).toBe('461336479.60');
    expect(kiel.items.find((i) => i.id === 'ft-de-patriots')).toMatchObject({
      basis: 'kiel',
      value: { amount: '408446909.16' },
      delivered_value: { amount: '204223454.58' },
    });
    // Recorded money only: no range to show at the second meeting.
    expect(meeting(await reportFollowThrough(analyst), 'ft-m2').range).toBeNull();
    // As known on 2025-12-31 no Kiel edition had been published: the kiel basis falls back, and says so.
    const before = await reportFollowThrough(analyst, { meeting: 'ft-m1', valuation: 'kiel' });
    expect(before.kiel_edition).toBeNull();
    expect(before.notes[0]).toMatch(/No Kiel edition with heavy weapons published by 2025-12-31/);
    expect(meeting(before, 'ft-m1').range!.announced.by_basis.kiel.amount).toBe('2130000000.00');
    expect(meeting(before, 'ft-m1').items.find((i) => i.id === 'ft-de-patriots')!.basis).toBe('catalogue');
  });

  it("never moves a public figure with a nation's restricted pledge", async () => {
    const asPoland = meeting(await reportFollowThrough(poland), 'ft-m1');
    const asAnalyst = meeting(await reportFollowThrough(analyst), 'ft-m1');
    expect(asAnalyst.announced.value.amount).toBe('2130000000.00');
    expect(asPoland.announced.value.amount).toBe('2180000000.00');
    expect(asPoland.committed.value.amount).toBe('2150000000.00');
    const asFrance = meeting(
      await reportFollowThrough(actingAs(ctx, { id: 'f', role: 'representative', party: 'FR' }, null)),
      'ft-m1',
    );
    expect(asFrance).toEqual(asAnalyst);
  });

  it("briefs the next session with the last one's follow-through, a restricted pledge only for its nation", async () => {
    const since = async (who: AppContext) => (await buildBrief(who, 'ft-m2')).follow_through;
    // As known on ft-m2's day (2025-04-11): the leopards committed (100 m), the Patriots contracted.
    const asAnalyst = await since(analyst);
    expect(asAnalyst).toMatchObject({
      meeting: 'ft-m1',
      as_of: '2025-04-11',
      commitments: 3,
      announced: '2130000000.00',
      committed: '2100000000.00',
      delivered: '0.00',
    });
    const france = actingAs(ctx, { id: 'f', role: 'representative', party: 'FR' }, null);
    expect(await since(france)).toEqual(asAnalyst);
    expect(await since(poland)).toMatchObject({ commitments: 4, announced: '2180000000.00' });
  });

  it('refuses a meeting that was not held by the date', async () => {
    await expect(reportFollowThrough(analyst, { meeting: 'ft-m3' })).rejects.toThrow(/no meeting ft-m3/);
  });
});
