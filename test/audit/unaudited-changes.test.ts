/**
 * `audit verify` names ledger rows changed in the database without an audit event: a changed
 * figure at the same version, a version moved by hand, a row inserted outside the application.
 * A caller is told which of the records they may see were changed, and only how many others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { updateCommitment } from '../../src/app/commitments/update-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  const base = { recipient: 'UA', mode: 'donation' as const, announced_on: '2025-03-01' };
  await createCommitment(t.ctx, {
    ...base,
    id: 'probe-open',
    donor: 'DK',
    money: { amount: '1000000', currency: 'DKK' },
    items: [
      { category: 'munitions', quantity: 10 },
      { category: 'drones', quantity: 5 },
    ],
  });
  await createCommitment(t.ctx, {
    ...base,
    id: 'probe-secret',
    donor: 'DE',
    visibility: 'restricted',
    owner_party: 'DE',
    money: { amount: '5000000', currency: 'EUR' },
  });
});
afterAll(() => t.close());

const rep = (party: string) => actingAs(t.ctx, { id: `rep-${party}`, role: 'representative', party }, null);

describe('changes made outside the application', () => {
  it('finds none in a ledger written only through the application, updates included', async () => {
    const before = await verifyAuditTrail(t.ctx);
    await updateCommitment(t.ctx, { id: 'probe-open', patch: { version: 1, note: 'confirmed' } });
    const result = await verifyAuditTrail(t.ctx);
    expect(before.unaudited).toEqual([]);
    expect(result).toMatchObject({ ok: true, unaudited: [], unaudited_elsewhere: 0 });
  });

  it('names a figure changed at the same version, a version moved by hand and a row inserted directly', async () => {
    await t.db.query(`UPDATE commitments SET money_minor = money_minor + 1 WHERE id = 'probe-open'`);
    await t.db.query(`UPDATE packages SET version = version + 1 WHERE id = (SELECT min(id) FROM packages)`);
    await t.db.query(
      `INSERT INTO claims (id, subject, party, visibility) VALUES ('claim-forged', 'forged figure', 'NO', 'public')`,
    );
    const result = await verifyAuditTrail(t.ctx);
    expect(result.ok).toBe(false);
    expect(result.broken).toBeNull(); // the chain itself is intact
    const named = result.unaudited.map((u) => `${u.record_type}:${u.record_id}`);
    expect(named).toContain('commitment:probe-open');
    expect(named).toContain('claim:claim-forged');
    expect(named.some((n) => n.startsWith('package:'))).toBe(true);
    expect(result.unaudited.find((u) => u.record_id === 'probe-open')!.reason).toMatch(/same version/);
    expect(result.unaudited.find((u) => u.record_id === 'claim-forged')!.reason).toMatch(/no audit event/);
  });

  it('tells another nation only how many of the records it may not see were changed', async () => {
    await t.db.query(`UPDATE commitments SET money_minor = 1 WHERE id = 'probe-secret'`);
    const owner = await verifyAuditTrail(rep('DE'));
    const other = await verifyAuditTrail(rep('PL'));
    expect(owner.unaudited.map((u) => u.record_id)).toContain('probe-secret');
    expect(other.unaudited.map((u) => u.record_id)).not.toContain('probe-secret');
    expect(JSON.stringify(other)).not.toContain('probe-secret');
    expect(other.unaudited_elsewhere).toBeGreaterThanOrEqual(1);
    expect(other.ok).toBe(false);
  });
});
