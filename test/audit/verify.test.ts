import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.ts';
import { listAuditEvents } from '../../src/app/audit/list-audit-events.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { updateCommitment } from '../../src/app/commitments/update-commitment.ts';
import { getCommitment } from '../../src/app/commitments/get-commitment.ts';
import { recordCommitmentEvent } from '../../src/app/commitments/record-commitment-event.ts';
import { revertChange } from '../../src/app/audit/revert-change.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records every change with its actor, before and after, in a chain that verifies', async () => {
    const created = await createCommitment(t.ctx, {
      id: 'audit-probe',
      donor: 'DK',
      recipient: 'UA',
      mode: 'donation',
      items: [{ category: 'munitions', quantity: 1000 }],
      announced_on: '2025-05-01',
    });
    await updateCommitment(t.ctx, {
      id: 'audit-probe',
      patch: { version: created.version, note: 'corrected figure' },
    });
    const { items } = await listAuditEvents(t.ctx, {
      recordType: 'commitment',
      recordId: 'audit-probe',
      limit: 10,
      offset: 0,
    });
    expect(items.map((e) => e.action)).toEqual(['commitment.update', 'commitment.create']);
    expect(items[0]).toMatchObject({
      actor: 'system',
      before: expect.objectContaining({ note: null }),
      after: expect.objectContaining({ note: 'corrected figure' }),
    });

    const result = await verifyAuditTrail(t.ctx);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(190); // the demo import wrote one event per record
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    await expect(t.db.query(`UPDATE audit_events SET actor = 'someone' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_events WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('names the first broken link when a row was altered behind the guard', async () => {
    // An attacker with database access disables the guard and edits history.
    await t.db.exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await t.db.query(
      `UPDATE audit_events SET after = jsonb_set(after, '{note}', '"quietly edited"') WHERE record_id = 'audit-probe' AND action = 'commitment.update'`,
    );
    await t.db.exec('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    const [edited] = await t.db.query<{ seq: bigint }>(
      `SELECT seq FROM audit_events WHERE record_id = 'audit-probe' AND action = 'commitment.update'`,
    );
    const result = await verifyAuditTrail(t.ctx);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual({ seq: edited!.seq.toString(), reason: expect.stringMatching(/altered/) });
  });
});

describe('reverting a change', () => {
  it('restores earlier fields and voids a pipeline event, as new audited changes', async () => {
    const created = await createCommitment(t.ctx, {
      id: 'revert-probe',
      donor: 'NL',
      recipient: 'UA',
      mode: 'donation',
      items: [{ equipment: 'patriot', quantity: 2 }],
      announced_on: '2025-06-01',
      note: 'two launchers',
    });
    const edited = await updateCommitment(t.ctx, {
      id: 'revert-probe',
      patch: { version: created.version, note: 'typo' },
    });
    const delivered = await recordCommitmentEvent(t.ctx, {
      id: 'revert-probe',
      version: edited.version,
      event: { kind: 'delivery', line: 1, quantity: 1, date: '2025-07-01', increase: false },
    });
    expect(delivered.items[0]!.delivered).toBe(1);
    const trail = (await listAuditEvents(t.ctx, { recordId: 'revert-probe', limit: 10, offset: 0 })).items;
    const update = trail.find((e) => e.action === 'commitment.update')!;
    const delivery = trail.find((e) => e.action === 'commitment.event.delivery')!;

    await revertChange(t.ctx, BigInt(delivery.seq));
    await revertChange(t.ctx, BigInt(update.seq));
    const after = await getCommitment(t.ctx, { id: 'revert-probe' });
    expect(after.note).toBe('two launchers');
    expect(after.items[0]!.delivered).toBe(0);
    expect(after.events.at(-1)).toMatchObject({ kind: 'correction', corrects: 2 });
    const actions = (
      await listAuditEvents(t.ctx, { recordId: 'revert-probe', limit: 10, offset: 0 })
    ).items.map((e) => e.action);
    expect(actions.filter((a) => a === 'commitment.revert')).toHaveLength(2);

    const creation = trail.find((e) => e.action === 'commitment.create')!;
    await expect(revertChange(t.ctx, BigInt(creation.seq))).rejects.toThrow(
      /cannot be reverted automatically/,
    );
  });
});
