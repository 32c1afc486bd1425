import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { recordCommitmentEvent } from '../../src/app/commitments/record-commitment-event.ts';
import { actingAs } from '../../src/app/context.ts';
import { convertAmount } from '../../src/app/fx/convert-money.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { reportValueOverTime } from '../../src/app/reports/report-value-over-time.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

type Report = Awaited<ReturnType<typeof reportValueOverTime>>;
const at = (report: Report, month: string, values: string[]) => values[report.months.indexOf(month)];
const minor = (amount: string) => BigInt(amount.replace('.', ''));

describe('value over time on the demo ledger', () => {
  it('adds up, month by month, to the burden report committed and delivered totals', async () => {
    for (const currency of ['EUR', 'USD'] as const) {
      const report = await reportValueOverTime(t.ctx, { currency });
      const burden = await reportBurden(t.ctx, { currency });
      const committed = minor(report.totals.committed.total.amount) + minor(report.undated.committed.amount);
      expect(committed.toString()).toBe(burden.totals.committed.amount_minor);
      // Delivered shares are rounded per delivery rather than once per commitment: a few cents apart at most.
      const delivered = minor(report.totals.delivered.total.amount) + minor(report.undated.delivered.amount);
      const gap = delivered - BigInt(burden.totals.delivered.amount_minor);
      expect(gap < 0n ? -gap : gap).toBeLessThan(100n);
      expect(report.totals.committed.cumulative.at(-1)).toBe(report.totals.committed.total.amount);
    }
  });

  it('lists every month between the first and the last, in order, without gaps', async () => {
    const report = await reportValueOverTime(t.ctx);
    expect(report.months.length).toBeGreaterThan(12);
    for (let i = 1; i < report.months.length; i++) {
      const [y, m] = report.months[i - 1]!.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      expect(report.months[i]).toBe(next);
    }
    // The series of the modes add up to the totals, every month.
    const committed = report.series.filter((s) => s.measure === 'committed');
    report.months.forEach((_, i) => {
      const sum = committed.reduce((acc, s) => acc + minor(s.monthly[i]!), 0n);
      expect(sum).toBe(minor(report.totals.committed.monthly[i]!));
    });
    expect(committed.map((s) => s.mode)).toContain('pooled');
  });

  it('counts a commitment in its announcement month and each delivery in its own month', async () => {
    const before = await reportValueOverTime(t.ctx, { donors: 'LU' });
    const created = await createCommitment(t.ctx, {
      id: 'lu-value-over-time',
      donor: 'LU',
      recipient: 'UA',
      mode: 'industry',
      money: { amount: '3000000', currency: 'GBP', value_date: '2025-03-14' },
      items: [
        { equipment: 'patriot', quantity: 2 },
        { category: 'munitions', quantity: 100 },
      ],
      announced_on: '2025-03-14',
    });
    const one = await recordCommitmentEvent(t.ctx, {
      id: created.id,
      version: created.version,
      event: { kind: 'delivery', line: 1, quantity: 1, date: '2025-05-20', increase: false },
    });
    await recordCommitmentEvent(t.ctx, {
      id: created.id,
      version: one.version,
      event: { kind: 'delivery', line: 2, quantity: 100, date: '2025-07-02', increase: false },
    });
    const after = await reportValueOverTime(t.ctx, { donors: 'LU' });
    expect(after.donors).toEqual(['LU']);
    const eur = await convertAmount(t.ctx, { amount: '3000000', from: 'GBP', to: 'EUR', on: '2025-03-14' });
    const industry = (measure: 'committed' | 'delivered') =>
      after.series.find((s) => s.measure === measure && s.mode === 'industry')!;
    const old = (measure: 'committed' | 'delivered', month: string) => {
      const s = before.series.find((x) => x.measure === measure && x.mode === 'industry');
      const i = before.months.indexOf(month);
      return s && i >= 0 ? minor(s.monthly[i]!) : 0n;
    };
    expect(minor(at(after, '2025-03', industry('committed').monthly)!) - old('committed', '2025-03')).toBe(
      eur.to.amount,
    );
    // One of two Patriot systems: a quarter of the commitment (half of one line of two).
    const may = minor(at(after, '2025-05', industry('delivered').monthly)!) - old('delivered', '2025-05');
    const july = minor(at(after, '2025-07', industry('delivered').monthly)!) - old('delivered', '2025-07');
    // Each delivery's part is rounded on its own: within a cent of the exact share.
    const near = (value: bigint, exact: bigint) =>
      expect(value - exact >= -1n && value - exact <= 1n).toBe(true);
    near(may, eur.to.amount / 4n);
    near(july, eur.to.amount / 2n);
  });

  it("leaves a nation's restricted commitment out for other nations and the public", async () => {
    await createCommitment(t.ctx, {
      id: 'lu-restricted-value',
      donor: 'LU',
      recipient: 'UA',
      mode: 'donation',
      money: { amount: '1000000', currency: 'EUR', value_date: '2025-09-01' },
      announced_on: '2025-09-01',
      visibility: 'restricted',
      owner_party: 'LU',
    });
    const luxembourg = actingAs(t.ctx, { id: 'x', role: 'representative', party: 'LU' }, null);
    const france = actingAs(t.ctx, { id: 'y', role: 'representative', party: 'FR' }, null);
    const september = (report: Report) => {
      const s = report.series.find((x) => x.measure === 'committed' && x.mode === 'donation');
      return s ? minor(at(report, '2025-09', s.monthly) ?? '0') : 0n;
    };
    const own = await reportValueOverTime(luxembourg, { donors: 'LU' });
    const other = await reportValueOverTime(france, { donors: 'LU' });
    const anonymous = await reportValueOverTime(actingAs(t.ctx, publicActor, null), {
      donors: 'LU',
    });
    expect(september(own) - september(other)).toBe(100000000n);
    expect(september(anonymous)).toBe(september(other));
  });

  it('refuses donors that are not party codes', async () => {
    await expect(reportValueOverTime(t.ctx, { donors: "DE'; DROP TABLE commitments" })).rejects.toThrow();
  });
});
