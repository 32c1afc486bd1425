/**
 * Walks the audit trail in order and recomputes every link: each row's hash must cover its own
 * content and the previous row's hash. The first row that does not is named.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import { auditHash, GENESIS_HASH, type AuditRow } from '../../store/audit.ts';
import type { AppContext } from '../context.ts';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first broken link, if any. */
  broken: { seq: string; reason: string } | null;
  lastHash: string;
}

const BATCH = 2000;

export async function verifyAuditTrail(ctx: AppContext): Promise<AuditVerification> {
  requirePermission(ctx.actor, 'audit:read');
  let previous = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const rows = await ctx.db.query<AuditRow>(
      'SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT $2',
      [expectedSeq, BATCH],
    );
    for (const row of rows) {
      const fail = (reason: string): AuditVerification => ({
        ok: false,
        checked,
        broken: { seq: row.seq.toString(), reason },
        lastHash: previous,
      });
      if (row.seq !== expectedSeq) return fail(`row ${expectedSeq} is missing`);
      if (row.prev_hash !== previous) return fail('it does not point at the hash of the row before it');
      if (auditHash(row) !== row.hash)
        return fail('its content does not match its hash (the row was altered)');
      previous = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) return { ok: true, checked, broken: null, lastHash: previous };
  }
}
