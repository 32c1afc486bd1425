/** The JSON interchange format: import is atomic and idempotent, and export → import → export is identical. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLedger, ledgerJson } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { AppError } from '../../src/domain/errors.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
const demo = () => readLedgerPath(path.resolve('data/demo'));
const auditCount = async (db: TestDatabase) =>
  Number((await db.db.query<{ n: bigint }>('SELECT count(*) AS n FROM audit_events'))[0]!.n);

beforeAll(async () => {
  t = await openTestDb();
  await importLedger(t.ctx, demo());
});
afterAll(() => t.close());

describe('JSON interchange', () => {
  it('exports every kind of record, sorted by id, without versions or times', async () => {
    const doc = await exportLedger(t.ctx);
    expect(doc).toMatchObject({ format: 'ramstein-ledger', version: 1 });
    expect(doc.commitments).toHaveLength(62);
    expect(doc.claims).toHaveLength(48);
    const ids = doc.commitments.map((c) => c.id);
    expect([...ids].sort()).toEqual(ids);
    const records = [...doc.equipment, ...doc.meetings, ...doc.packages, ...doc.commitments, ...doc.claims];
    for (const volatile of ['version', 'created_at', 'updated_at'])
      expect(records.filter((r) => volatile in r)).toEqual([]);
    const withMoney = doc.commitments.find((c) => c.money !== null)!;
    expect((withMoney.money as { amount: string }).amount).toMatch(/^\d+(\.\d+)?$/);
    expect(doc.replenishments.length).toBe(1);
  });

  it('imports the demo twice without changing anything', async () => {
    const before = ledgerJson(await exportLedger(t.ctx));
    const audits = await auditCount(t);
    const again = await importLedger(t.ctx, demo());
    expect(Object.values(again).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(ledgerJson(await exportLedger(t.ctx))).toBe(before);
    expect(await auditCount(t)).toBe(audits);
  });

  it('round-trips: export, import into an empty ledger, export again gives the same bytes', async () => {
    const first = ledgerJson(await exportLedger(t.ctx));
    const other = await openTestDb();
    try {
      await importLedger(other.ctx, JSON.parse(first));
      expect(ledgerJson(await exportLedger(other.ctx))).toBe(first);
    } finally {
      await other.close();
    }
  });

  it('keeps deliveries, increases and corrections through the round trip', async () => {
    const other = await openTestDb();
    const third = await openTestDb();
    try {
      const doc = {
        commitments: [
          {
            id: 'c-history',
            donor: 'FR',
            recipient: 'UA',
            items: [{ category: 'artillery', quantity: 6 }],
            announced_on: '2023-01-10',
            events: [
              { kind: 'status', status: 'contracted', date: '2023-02-01' },
              { kind: 'delivery', line: 1, quantity: 8, increase: true, date: '2023-05-01' },
              { kind: 'correction', corrects: 2, date: '2023-05-02', note: 'misreported' },
              { kind: 'suspension', date: '2023-06-01', until: '2023-07-01' },
            ],
            sources: [{ url: 'https://example.org/a', evidence: { start: 3, end: 40 }, publisher: 'Ex' }],
          },
        ],
      };
      await importLedger(other.ctx, doc);
      const exported = ledgerJson(await exportLedger(other.ctx));
      expect(JSON.parse(exported).commitments[0].items[0].quantity).toBe(6);
      await importLedger(third.ctx, JSON.parse(exported));
      expect(ledgerJson(await exportLedger(third.ctx))).toBe(exported);
    } finally {
      await other.close();
      await third.close();
    }
  });

  it('imports nothing from a file with one bad record, and names the record and the field', async () => {
    const other = await openTestDb();
    try {
      const doc = demo();
      const commitments = [...(doc.commitments ?? [])] as Record<string, unknown>[];
      commitments[5] = { ...commitments[5], items: [{ equipment: 'patriot', quantity: -2 }] };
      const error = await importLedger(other.ctx, { ...doc, commitments }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/commitments\[5\] \(id [^)]+\): items\.0\.quantity/);
      expect((error as AppError).message).toMatch(/nothing was imported/);
      const counts = await other.db.query<{ n: bigint }>(
        `SELECT (SELECT count(*) FROM commitments) + (SELECT count(*) FROM meetings)
              + (SELECT count(*) FROM equipment_types) + (SELECT count(*) FROM audit_events) AS n`,
      );
      expect(counts[0]!.n).toBe(0n);
      // A record that is valid alone but refers to something unknown is refused the same way.
      const dangling = [...commitments];
      dangling[5] = { ...(doc.commitments![5] as object), announced_at: 'no-such-meeting' };
      const late = await importLedger(other.ctx, { ...doc, commitments: dangling }).catch((e: unknown) => e);
      expect((late as AppError).message).toMatch(/commitments\[5\].*announced_at/);
      expect((await exportLedger(other.ctx)).meetings).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
