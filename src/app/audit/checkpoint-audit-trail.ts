/**
 * Publishes a checkpoint of the audit trail outside the database: the last event's number and
 * hash, signed, appended to the checkpoints file. Only an intact trail is checkpointed.
 */
import { signCheckpoint, type Checkpoint } from '../../domain/audit/checkpoint.ts';
import { AppError } from '../../domain/errors.ts';
import type { AuditAnchor } from '../../store/audit-checkpoints.ts';
import type { AppContext } from '../context.ts';
import { verifyAuditTrail } from './verify-audit-trail.ts';

export async function checkpointAuditTrail(ctx: AppContext, anchor: AuditAnchor): Promise<Checkpoint> {
  const verified = await verifyAuditTrail(ctx, anchor);
  if (!verified.ok)
    throw new AppError(
      'conflict',
      `no checkpoint: the audit trail is broken at event ${verified.broken!.seq}: ${verified.broken!.reason}`,
    );
  const key = anchor.key(true)!;
  const checkpoint = signCheckpoint(key, {
    seq: String(verified.checked),
    hash: verified.lastHash,
    at: ctx.clock.now().toISOString(),
  });
  anchor.append(checkpoint);
  return checkpoint;
}
