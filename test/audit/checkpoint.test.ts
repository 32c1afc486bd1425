/**
 * Checkpoints published outside the database: verify notices when the last events were removed,
 * the trail emptied, or the chain recomputed after an edit — all of which keep the chain itself
 * consistent.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointAuditTrail } from '../../src/app/audit/checkpoint-audit-trail.ts';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { auditHash, GENESIS_HASH, type AuditRow } from '../../src/store/audit.ts';
import { fileAnchor } from '../../src/store/audit-checkpoints.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let anchor: ReturnType<typeof fileAnchor>;
beforeEach(async () => {
  t = await openTestDb();
  anchor = fileAnchor({ dataDir: path.join(tempDir(), 'data') });
  for (const id of ['cp-1', 'cp-2', 'cp-3'])
    await createCommitment(t.ctx, {
      id,
      donor: 'DK',
      recipient: 'UA',
      mode: 'donation',
      announced_on: '2025-05-01',
    });
  await checkpointAuditTrail(t.ctx, anchor);
});
afterEach(() => t.close());

/** What an attacker with the database's owner role can do: switch the guard off and rewrite. */
async function behindTheGuard(sql: string) {
  await t.db.exec('ALTER TABLE audit_events DISABLE TRIGGER USER');
  await t.db.exec(sql);
  await t.db.exec('ALTER TABLE audit_events ENABLE TRIGGER USER');
}

describe('audit checkpoints', () => {
  it('an intact trail matches its last checkpoint, and may grow past it', async () => {
    await createCommitment(t.ctx, { id: 'cp-4', donor: 'DK', recipient: 'UA', announced_on: '2025-05-02' });
    const result = await verifyAuditTrail(t.ctx, anchor);
    expect(result).toMatchObject({ ok: true, broken: null });
    expect(result.checkpoint).not.toBeNull();
  });

  it('notices removal of the last events', async () => {
    await behindTheGuard(`DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 2 FROM audit_events)`);
    expect((await verifyAuditTrail(t.ctx)).broken).toBeNull(); // the chain alone cannot tell
    const result = await verifyAuditTrail(t.ctx, anchor);
    expect(result.ok).toBe(false);
    expect(result.broken!.reason).toMatch(/events were removed/);
  });

  it('notices an emptied trail', async () => {
    await behindTheGuard('TRUNCATE audit_events');
    const result = await verifyAuditTrail(t.ctx, anchor);
    expect(result.ok).toBe(false);
    expect(result.broken!.reason).toMatch(/events were removed/);
  });

  it('notices an edit followed by recomputing every later hash', async () => {
    const rows = await t.db.query<AuditRow>('SELECT * FROM audit_events ORDER BY seq');
    await t.db.exec('ALTER TABLE audit_events DISABLE TRIGGER USER');
    let previous = GENESIS_HASH;
    for (const row of rows) {
      const after = row.seq === 1n ? { ...(row.after as object), note: 'rewritten' } : row.after;
      const hash = auditHash({ ...row, after, prev_hash: previous });
      await t.db.query(
        'UPDATE audit_events SET after = $2::jsonb, prev_hash = $3, hash = $4 WHERE seq = $1',
        [row.seq, JSON.stringify(after), previous, hash],
      );
      previous = hash;
    }
    await t.db.exec('ALTER TABLE audit_events ENABLE TRIGGER USER');
    expect((await verifyAuditTrail(t.ctx)).broken).toBeNull(); // a consistent chain
    const result = await verifyAuditTrail(t.ctx, anchor);
    expect(result.ok).toBe(false);
    expect(result.broken!.reason).toMatch(/recomputed/);
  });

  it('refuses a checkpoint not signed with the ledger’s key', async () => {
    const other = fileAnchor({ dataDir: path.join(tempDir(), 'other'), file: anchor.file });
    const result = await verifyAuditTrail(t.ctx, other);
    expect(result.ok).toBe(false);
    expect(result.broken!.reason).toMatch(/not signed/);
  });
});
