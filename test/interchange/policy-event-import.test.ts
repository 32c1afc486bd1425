/**
 * A suspension policy event in an imported ledger has the effects it has when created: after an
 * export and import its commitments are linked to the suspension events they carry (not
 * suspended twice), and a document whose commitments carry none gets them written, one audited
 * event each, as the importer, on the commitments the importer may see and write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { exportLedger, ledgerJson } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { createPolicyEvent } from '../../src/app/timeline/create-policy-event.ts';
import { getPolicyEvent } from '../../src/app/timeline/get-policy-event.ts';
import type { AppContext } from '../../src/app/context.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
const hold = {
  kind: 'suspension' as const,
  party: 'FR',
  title: 'France holds deliveries',
  announced_on: '2026-03-01',
  starts_on: '2026-03-01',
  ends_on: '2026-04-01',
};
const pledge = (id: string, donor: string, extra: object = {}) => ({
  id,
  donor,
  recipient: 'UA',
  mode: 'donation' as const,
  items: [{ category: 'artillery', quantity: 6 }],
  announced_on: '2026-01-10',
  ...extra,
});

const suspensions = async (db: TestDatabase) =>
  db.db.query<{ commitment_id: string; seq: number; actor: string }>(
    `SELECT e.commitment_id, e.seq, a.actor FROM commitment_events e
       LEFT JOIN audit_events a ON a.record_id = e.commitment_id AND a.action = 'commitment.event.suspension'
      WHERE e.kind = 'suspension' ORDER BY e.commitment_id, e.seq`,
  );
const appliedTo = async (ctx: AppContext, id: string) => (await getPolicyEvent(ctx, id)).applied_to;

beforeAll(async () => {
  t = await openTestDb();
  await createCommitment(t.ctx, pledge('fr-open', 'FR'));
  await createCommitment(t.ctx, pledge('fr-secret', 'FR', { visibility: 'restricted', owner_party: 'FR' }));
  await createCommitment(
    t.ctx,
    pledge('fr-done', 'FR', {
      events: [{ kind: 'status', status: 'delivered', date: '2026-02-01', increase: false }],
    }),
  );
  await createCommitment(t.ctx, pledge('de-open', 'DE'));
  await createPolicyEvent(t.ctx, { ...hold, id: 'fr-hold' });
});
afterAll(() => t.close());

describe('importing a suspension policy event', () => {
  it('keeps its effects through export and import, without suspending anything twice', async () => {
    const applied = await appliedTo(t.ctx, 'fr-hold');
    expect(applied.map((a) => a.commitment)).toEqual(['fr-open', 'fr-secret']);
    const first = ledgerJson(await exportLedger(t.ctx));
    const other = await openTestDb();
    try {
      await importLedger(other.ctx, JSON.parse(first));
      expect(await appliedTo(other.ctx, 'fr-hold')).toEqual(applied);
      const events = (await suspensions(other)).map(({ commitment_id, seq }) => [commitment_id, seq]);
      expect(events).toEqual([
        ['fr-open', 2],
        ['fr-secret', 2],
      ]);
      expect(ledgerJson(await exportLedger(other.ctx))).toBe(first);
      // Imported again: still one suspension each.
      await importLedger(other.ctx, JSON.parse(first));
      expect(await suspensions(other)).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('suspends, as the importer, only the commitments the importer may see and write, each audited', async () => {
    const other = await openTestDb();
    try {
      // A French pledge with Germany as co-donor, restricted to France: a German representative neither sees nor writes it.
      await createCommitment(
        other.ctx,
        pledge('fr-with-de', 'FR', { co_donors: ['DE'], visibility: 'restricted', owner_party: 'FR' }),
      );
      const de = actingAs(other.ctx, { id: 'rep-de', role: 'representative', party: 'DE' }, null);
      await importLedger(de, {
        commitments: [
          pledge('de-a', 'DE'),
          pledge('de-b', 'DE', { visibility: 'restricted', owner_party: 'DE' }),
        ],
        policy_events: [
          { ...hold, id: 'de-hold', party: 'DE', title: 'Germany holds deliveries', owner_party: 'DE' },
        ],
      });
      expect((await appliedTo(other.ctx, 'de-hold')).map((a) => a.commitment)).toEqual(['de-a', 'de-b']);
      expect((await suspensions(other)).map(({ commitment_id, actor }) => [commitment_id, actor])).toEqual([
        ['de-a', 'rep-de'],
        ['de-b', 'rep-de'],
      ]);
      // The importer's own round trip of that ledger gives the same effects.
      const { sources, commitments, policy_events } = await exportLedger(de);
      const third = await openTestDb();
      try {
        const deThere = actingAs(third.ctx, { id: 'rep-de', role: 'representative', party: 'DE' }, null);
        await importLedger(deThere, JSON.parse(JSON.stringify({ sources, commitments, policy_events })));
        expect(await appliedTo(third.ctx, 'de-hold')).toEqual(await appliedTo(other.ctx, 'de-hold'));
        expect((await exportLedger(deThere)).commitments).toEqual(commitments);
      } finally {
        await third.close();
      }
    } finally {
      await other.close();
    }
  });
});
