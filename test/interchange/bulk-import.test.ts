/**
 * A large import is written set by set (many records a statement), yet gives what creating each
 * record alone gives: the same views, an audit event per record in a chain that verifies, and
 * nothing at all when one record anywhere in the document is bad.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.ts';
import { actingAs } from '../../src/app/context.ts';
import { getCommitment } from '../../src/app/commitments/get-commitment.ts';
import { exportLedger } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import type { LedgerDocument } from '../../src/app/interchange/interchange.ts';
import { AppError } from '../../src/domain/errors.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t.close());

const count = async (table: string) =>
  Number((await t.db.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

const currencies = ['EUR', 'USD', 'GBP', 'PLN'];
const donors = ['DE', 'FR', 'GB', 'PL', 'NL'];

/** `n` commitments with one to three lines, a pipeline with a delivery, and sources. */
/** With `catalogue`, equipment and meeting are those of an earlier import of that prefix. */
function ledger(prefix: string, n: number, catalogue?: string): LedgerDocument & { commitments: object[] } {
  const ref = catalogue ?? prefix;
  return {
    format: 'ramstein-ledger',
    version: 1,
    equipment: catalogue
      ? []
      : [
          { id: `${prefix}-gun`, name: 'Gun', category: 'artillery', unit: 'system' },
          { id: `${prefix}-radar`, name: 'Radar', category: 'air_defence', unit: 'system' },
        ],
    meetings: catalogue ? [] : [{ id: `${prefix}-udcg`, kind: 'udcg', date: '2024-02-14', chairs: ['US'] }],
    commitments: Array.from({ length: n }, (_v, i) => ({
      id: `${prefix}-c-${String(i).padStart(5, '0')}`,
      donor: donors[i % donors.length],
      recipient: 'UA',
      items: Array.from({ length: 1 + (i % 3) }, (_w, l) => ({
        equipment: l % 2 ? `${ref}-radar` : `${ref}-gun`,
        quantity: 10 + l,
      })),
      money: { amount: `${1000 + i}.50`, currency: currencies[i % currencies.length] },
      announced_on: '2024-02-14',
      announced_at: `${ref}-udcg`,
      events: [
        { kind: 'status', status: 'announced', date: '2024-02-14' },
        {
          kind: 'status',
          status: 'contracted',
          date: '2024-03-01',
          source: `https://example.org/${prefix}/c/${i}`,
        },
        { kind: 'delivery', line: 1, quantity: 4, date: '2024-05-01' },
      ],
      sources: [
        `https://example.org/${prefix}/${i % 7}`,
        { url: `https://example.org/${prefix}/x/${i}`, quote: 'a "quote" \\ ok' },
      ],
      note: i === 3 ? "O'Brien; DROP TABLE commitments; -- ü ✓" : undefined,
    })),
  } as unknown as LedgerDocument & { commitments: object[] };
}

describe('a large import', () => {
  it('creates every record with its lines, events and sources, each audited in a chain that verifies', async () => {
    const audits = await count('audit_events');
    const result = await importLedger(t.ctx, ledger('big', 1200));
    expect(result.commitments).toEqual({ created: 1200, updated: 0, unchanged: 0 });
    expect(result.equipment.created).toBe(2);
    expect(await count("commitments WHERE id LIKE 'big-%'")).toBe(1200);
    expect(await count("commitment_lines WHERE commitment_id LIKE 'big-%'")).toBe(2400);
    expect(await count("commitment_events WHERE commitment_id LIKE 'big-%'")).toBe(3600);
    // 1,200 records plus 2 equipment types and 1 meeting, and the import itself.
    expect((await count('audit_events')) - audits).toBe(1200 + 3 + 1);
    expect((await verifyAuditTrail(t.ctx)).ok).toBe(true);

    const one = await getCommitment(t.ctx, { id: 'big-c-00003' });
    expect(one).toMatchObject({
      donor: 'PL',
      money: { amount: '1003.50', currency: 'PLN' },
      note: "O'Brien; DROP TABLE commitments; -- ü ✓",
      state: { status: 'delivering' },
      items: [{ line: 1, equipment: 'big-gun', quantity: 10, delivered: 4 }],
    });
    expect(one.sources.map((s) => [s.url, s.quote])).toEqual([
      ['https://example.org/big/3', null],
      ['https://example.org/big/x/3', 'a "quote" \\ ok'],
    ]);
    expect(one.events[1]!.source).toBe('https://example.org/big/c/3');
    // What the trail recorded as created is what a reader sees.
    const [logged] = await t.db.query<{ after: unknown }>(
      "SELECT after FROM audit_events WHERE action = 'commitment.create' AND record_id = 'big-c-00003'",
    );
    expect(logged!.after).toEqual(JSON.parse(JSON.stringify(one)));
  });

  it('writes nothing again for the same document', async () => {
    const audits = await count('audit_events');
    const result = await importLedger(t.ctx, ledger('big', 1200));
    expect(result.commitments).toEqual({ created: 0, updated: 0, unchanged: 1200 });
    expect(await count('audit_events')).toBe(audits);
  });

  it('imports nothing when one record near the end is bad, and names it', async () => {
    const doc = ledger('late', 1100);
    const bad = doc.commitments[1090] as { events: { quantity?: number }[] };
    bad.events[2]!.quantity = 500; // more than the 10 committed on line 1
    const before = await Promise.all(['audit_events', 'sources', 'commitments'].map(count));
    const error = await importLedger(t.ctx, doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(
      /^commitments\[1090\] \(id late-c-01090\): events\.2: .*exceed/,
    );
    expect((error as AppError).message).toMatch(/nothing was imported$/);
    expect(await Promise.all(['audit_events', 'sources', 'commitments'].map(count))).toEqual(before);
  });

  it('refuses a source cited by an id that does not exist, naming the record', async () => {
    const doc = ledger('ghost', 3, 'big');
    (doc.commitments[2] as { sources: unknown[] }).sources = [{ id: 'src-does-not-exist' }];
    await expect(importLedger(t.ctx, doc)).rejects.toThrow(
      /^commitments\[2\] \(id ghost-c-00002\): no stored source src-does-not-exist; nothing was imported/,
    );
    expect(await count("commitments WHERE id LIKE 'ghost-%'")).toBe(0);
  });

  it('takes the same id twice in one document as a record and then its change', async () => {
    const doc = ledger('twice', 2, 'big');
    const second = { ...(doc.commitments[1] as object), id: 'twice-c-00000', note: 'second word' };
    doc.commitments.push(second as never);
    const result = await importLedger(t.ctx, doc);
    expect(result.commitments).toEqual({ created: 2, updated: 1, unchanged: 0 });
    expect(await getCommitment(t.ctx, { id: 'twice-c-00000' })).toMatchObject({
      note: 'second word',
      donor: 'FR',
      version: 2,
    });
  });

  it("lets a representative import their own nation's records only", async () => {
    const anna = actingAs(t.ctx, { id: 'anna', role: 'representative', party: 'DE' }, null);
    const doc = ledger('rep', 2, 'big'); // DE, then FR
    await expect(importLedger(anna, doc)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await count("commitments WHERE id LIKE 'rep-%'")).toBe(0);
    const own = ledger('rep', 1, 'big');
    (own.commitments[0] as { visibility: string }).visibility = 'restricted';
    const result = await importLedger(anna, own);
    expect(result.commitments.created).toBe(1);
    const exported = await exportLedger(
      actingAs(t.ctx, { id: 'x', role: 'representative', party: 'FR' }, null),
    );
    expect(exported.commitments.some((c) => c.id === 'rep-c-00000')).toBe(false);
  });
});
