/**
 * Walks the audit trail in order and recomputes every link: each row's hash must cover its own
 * content and the previous row's hash. The first row that does not is named. With a checkpoint
 * published outside the database (checkpoint-audit-trail.ts), the trail must also still reach
 * the checkpoint's event with the same hash: removing the last events, emptying the table or
 * recomputing the chain after an edit all show. Ledger rows changed without an audit event are
 * named too (find-unaudited-changes.ts).
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import { checkpointSigned, type Checkpoint } from '../../domain/audit/checkpoint.ts';
import { auditHash, GENESIS_HASH } from '../../store/audit.ts';
import type { AuditAnchor } from '../../store/audit-checkpoints.ts';
import { auditEvents } from '../../store/repositories/audit-events.ts';
import type { AppContext } from '../context.ts';
import { findUnauditedChanges, type UnauditedChange } from './find-unaudited-changes.ts';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first broken link, if any. */
  broken: { seq: string; reason: string } | null;
  lastHash: string;
  /** The checkpoint the trail was compared with, if one was published. */
  checkpoint: { seq: string; at: string } | null;
  /** Records the caller may see that were changed in the database without an audit event. */
  unaudited: UnauditedChange[];
  /** How many records the caller may not see were changed that way. */
  unaudited_elsewhere: number;
}

/** Events read at a time: few enough that a batch's after-images are collected young (an export checkpoints). */
const BATCH = 500;

export async function verifyAuditTrail(ctx: AppContext, anchor?: AuditAnchor): Promise<AuditVerification> {
  requirePermission(ctx.actor, 'audit:read');
  const checkpoint = anchor?.last() ?? null;
  const cp = checkpoint ? { seq: checkpoint.seq, at: checkpoint.at } : null;
  let previous = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  let hashAtCheckpoint: string | null = null;
  const result = (
    broken: AuditVerification['broken'],
    unaudited = { visible: [] as UnauditedChange[], elsewhere: 0 },
  ): AuditVerification => ({
    ok: broken === null && unaudited.visible.length === 0 && unaudited.elsewhere === 0,
    checked,
    broken,
    lastHash: previous,
    checkpoint: cp,
    unaudited: unaudited.visible,
    unaudited_elsewhere: unaudited.elsewhere,
  });
  for (;;) {
    const rows = await auditEvents.batch(ctx.db, expectedSeq, BATCH);
    for (const row of rows) {
      const fail = (reason: string) => result({ seq: row.seq.toString(), reason });
      if (row.seq !== expectedSeq) return fail(`row ${expectedSeq} is missing`);
      if (row.prev_hash !== previous) return fail('it does not point at the hash of the row before it');
      if (auditHash(row) !== row.hash)
        return fail('its content does not match its hash (the row was altered)');
      previous = row.hash;
      if (checkpoint && row.seq.toString() === checkpoint.seq) hashAtCheckpoint = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  return result(
    checkpoint ? againstCheckpoint(anchor!, checkpoint, checked, hashAtCheckpoint) : null,
    await findUnauditedChanges(ctx),
  );
}

function againstCheckpoint(
  anchor: AuditAnchor,
  checkpoint: Checkpoint,
  checked: number,
  hashAtCheckpoint: string | null,
): AuditVerification['broken'] {
  const key = anchor.key(false);
  if (!key || !checkpointSigned(key, checkpoint))
    return {
      seq: checkpoint.seq,
      reason: `the checkpoint in ${anchor.file} is not signed with this ledger's key`,
    };
  if (BigInt(checked) < BigInt(checkpoint.seq))
    return {
      seq: checkpoint.seq,
      reason: `the trail ends at event ${checked}, but event ${checkpoint.seq} was published in the checkpoint of ${checkpoint.at}: events were removed`,
    };
  if (hashAtCheckpoint !== checkpoint.hash)
    return {
      seq: checkpoint.seq,
      reason: `its hash differs from the checkpoint of ${checkpoint.at}: the chain was recomputed after a change`,
    };
  return null;
}
