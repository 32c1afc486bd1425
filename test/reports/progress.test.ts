/**
 * The follow-through's pipeline facts derived in SQL (src/store/reports/progress.sql.ts)
 * against the reference, derivePipeline, commitment by commitment: status, units, the delivered
 * share as an exact fraction, and the days of first and full delivery found by replaying the
 * pipeline day by day. On the demo ledger and on commitments that use every kind of event, as
 * known on several dates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentEventInput } from '../../src/app/commitments/commitment.types.ts';
import { toPipelineEvent, toPipelineLine } from '../../src/app/commitments/commitment-view.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { derivePipeline, type PipelineEvent, type PipelineLine } from '../../src/domain/ledger/pipeline.ts';
import { add, divide, fromBigInt, type Ratio } from '../../src/domain/money/decimal.ts';
import { commitments } from '../../src/store/repositories/commitments.ts';
import { commitmentProgress } from '../../src/store/reports/progress.sql.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;

const ev = (e: Omit<CommitmentEventInput, 'increase'> & { increase?: boolean }): CommitmentEventInput => ({
  increase: false,
  ...e,
});
const status = (s: CommitmentEventInput['status'], date: string) => ev({ kind: 'status', status: s, date });
const deliver = (date: string, line: number, quantity: number, increase = false) =>
  ev({ kind: 'delivery', date, line, quantity, increase });

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  const base = { recipient: 'UA', donor: 'NO', mode: 'donation' as const, announced_on: '2025-01-10' };
  const threeLines = [
    { category: 'air_defence', quantity: 3 },
    { category: 'munitions', quantity: 7 },
    { category: 'vehicles', quantity: 6 },
  ];
  const oneLine = [{ category: 'vehicles', quantity: 10 }];
  const cases: {
    id: string;
    items: { category: string; quantity?: number }[];
    events: CommitmentEventInput[];
  }[] = [
    {
      // Shares of 1/3, 2/7 and 1/6 on one day: a sum no decimal holds exactly.
      id: 'y-thirds',
      items: threeLines,
      events: [
        status('committed', '2025-01-12'),
        deliver('2025-02-01', 1, 1),
        deliver('2025-02-01', 2, 2),
        deliver('2025-02-03', 3, 1),
      ],
    },
    {
      id: 'y-complete-later',
      items: threeLines,
      events: [
        deliver('2025-02-01', 1, 3),
        deliver('2025-03-01', 2, 7),
        deliver('2025-03-01', 3, 5),
        deliver('2025-04-01', 3, 1),
      ],
    },
    {
      id: 'y-increase',
      items: oneLine,
      events: [
        status('committed', '2025-01-10'),
        deliver('2025-02-01', 1, 10),
        deliver('2025-03-01', 1, 3, true),
      ],
    },
    {
      // Delivered, then a correction sends it back to contracted, then delivered again.
      id: 'y-back-and-again',
      items: oneLine,
      events: [
        deliver('2025-02-01', 1, 10),
        ev({ kind: 'correction', status: 'contracted', date: '2025-03-01' }),
        status('delivered', '2025-04-01'),
      ],
    },
    {
      // The first delivery is voided by a later correction: the first delivery is the second one.
      id: 'y-void-first',
      items: oneLine,
      events: [
        status('committed', '2025-01-10'),
        deliver('2025-02-01', 1, 4),
        ev({ kind: 'correction', date: '2025-02-20', corrects: 2 }),
        deliver('2025-03-01', 1, 2),
      ],
    },
    {
      id: 'y-status-only',
      items: [{ category: 'munitions' }],
      events: [status('delivering', '2025-02-01'), status('delivered', '2025-05-01')],
    },
    {
      id: 'y-cancelled-after-delivery',
      items: threeLines,
      events: [deliver('2025-02-01', 2, 7), status('cancelled', '2025-03-01')],
    },
    {
      id: 'y-correction-quantity',
      items: oneLine,
      events: [
        status('contracted', '2025-01-20'),
        ev({ kind: 'correction', date: '2025-02-10', line: 1, quantity: 10 }),
      ],
    },
    { id: 'y-nothing', items: oneLine, events: [] },
  ];
  for (const c of cases) await createCommitment(t.ctx, { ...base, ...c });
});
afterAll(() => t.close());

/** The reference: derivePipeline on every day with an event, over the events not voided by then. */
function milestones(lines: PipelineLine[], events: PipelineEvent[], asOf: string) {
  const known = events.filter((e) => e.occurredOn <= asOf);
  const voided = new Set(known.filter((e) => e.kind === 'correction').map((e) => e.correctsSeq));
  const live = known.filter((e) => !voided.has(e.seq));
  let first: string | null = null;
  let full: string | null = null;
  for (const day of [...new Set(live.map((e) => e.occurredOn))].sort()) {
    const state = derivePipeline(lines, live, day);
    const delivering =
      ['delivering', 'delivered'].includes(state.status) || state.lines.some((l) => l.delivered > 0n);
    if (delivering) first ??= day;
    full = state.status === 'delivered' ? (full ?? day) : null;
  }
  return { first, full };
}

function share(state: ReturnType<typeof derivePipeline>): Ratio {
  if (state.status === 'delivered') return fromBigInt(1n);
  const measurable = state.lines.filter((l) => l.committed !== null && l.committed > 0n);
  if (!measurable.length) return fromBigInt(0n);
  const sum = measurable.reduce<Ratio>(
    (s, l) => add(s, { num: l.delivered < l.committed! ? l.delivered : l.committed!, den: l.committed! }),
    fromBigInt(0n),
  );
  return divide(sum, fromBigInt(BigInt(measurable.length)));
}

async function reference(asOf: string) {
  const ids = (await t.db.query<{ id: string }>('SELECT id FROM commitments ORDER BY id')).map((r) => r.id);
  const [lines, events] = await Promise.all([commitments.lines(t.db, ids), commitments.events(t.db, ids)]);
  return new Map(
    ids.map((id) => {
      const l = (lines.get(id) ?? []).map(toPipelineLine);
      const e = (events.get(id) ?? []).map(toPipelineEvent);
      const state = derivePipeline(l, e, asOf);
      const { first, full } = milestones(l, e, asOf);
      const s = share(state);
      return [
        id,
        {
          status: state.status,
          units: state.lines.reduce((sum, x) => sum + (x.committed ?? 0n), 0n),
          delivered_units: state.lines.reduce(
            (sum, x) => sum + (x.committed !== null && x.delivered > x.committed ? x.committed : x.delivered),
            0n,
          ),
          // Compared as a value: n/d equals the reference's when n × den = num × d.
          share: s,
          first_delivery_on: first,
          full_delivery_on: full,
        },
      ];
    }),
  );
}

const analyst = () => actingAs(t.ctx, { id: 'a', role: 'analyst', party: null }, null);

describe('follow-through pipeline facts in SQL', () => {
  it.each(['2022-08-01', '2023-06-30', '2025-02-01', '2025-03-15', '2025-12-31'])(
    'agree with derivePipeline replayed day by day, commitment by commitment (as of %s)',
    async (asOf) => {
      const [rows, expected] = await Promise.all([
        commitmentProgress(t.db, analyst().actor, { asOf }, true),
        reference(asOf),
      ]);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const want = expected.get(row.id)!;
        const got = {
          status: row.status,
          units: BigInt(row.units),
          delivered_units: BigInt(row.delivered_units),
          share: BigInt(row.share_num) * want.share.den === want.share.num * BigInt(row.share_den),
          first_delivery_on: row.first_delivery_on,
          full_delivery_on: row.full_delivery_on,
        };
        expect([row.id, got]).toEqual([row.id, { ...want, share: true }]);
      }
    },
  );

  it('covers what the cases are for', async () => {
    const rows = await commitmentProgress(t.db, analyst().actor, { asOf: '2025-12-31' }, true);
    const of = (id: string) => rows.find((r) => r.id === id)!;
    // (1/3 + 2/7 + 1/6) ÷ 3 = 33/42 ÷ 3 = 11/42.
    expect(BigInt(of('y-thirds').share_num) * 42n).toBe(11n * BigInt(of('y-thirds').share_den));
    expect(of('y-complete-later')).toMatchObject({
      first_delivery_on: '2025-02-01',
      full_delivery_on: '2025-04-01',
    });
    expect(of('y-increase')).toMatchObject({ units: '13', full_delivery_on: '2025-02-01' });
    expect(of('y-back-and-again')).toMatchObject({
      first_delivery_on: '2025-02-01',
      full_delivery_on: '2025-04-01',
    });
    expect(of('y-void-first')).toMatchObject({ first_delivery_on: '2025-03-01', delivered_units: '2' });
    expect(of('y-status-only')).toMatchObject({
      first_delivery_on: '2025-02-01',
      full_delivery_on: '2025-05-01',
    });
    expect(of('y-cancelled-after-delivery')).toMatchObject({
      status: 'cancelled',
      first_delivery_on: '2025-02-01',
      full_delivery_on: null,
    });
    expect(of('y-correction-quantity')).toMatchObject({
      status: 'delivered',
      full_delivery_on: '2025-02-10',
    });
    expect(of('y-nothing')).toMatchObject({ first_delivery_on: null, share_num: '0' });
  });
});
