/**
 * Publishes a checkpoint of the audit trail outside the database: the last event's number and
 * hash, signed, appended to the checkpoints file. Only an intact trail is checkpointed.
 */
import { checkpointSigned, signCheckpoint, type Checkpoint } from '../../domain/audit/checkpoint.ts';
import { AppError } from '../../domain/errors.ts';
import { auditHash } from '../../store/audit.ts';
import type { AuditAnchor } from '../../store/audit-checkpoints.ts';
import { auditEvents } from '../../store/repositories/audit-events.ts';
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

const BATCH = 2000;
const pending = new WeakMap<AuditAnchor, Promise<unknown>>();

/**
 * The checkpoint an export publishes from the server: only the events after the last checkpoint
 * are walked (that checkpoint, signed with this ledger's key, vouches for the rest), and none is
 * appended when the trail has not moved since. Exports running at once take their turn.
 */
export function checkpointSinceLast(ctx: AppContext, anchor: AuditAnchor): Promise<Checkpoint> {
  const turn = (pending.get(anchor) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => checkpointFrom(ctx, anchor));
  pending.set(anchor, turn);
  return turn;
}

async function checkpointFrom(ctx: AppContext, anchor: AuditAnchor): Promise<Checkpoint> {
  const last = anchor.last();
  const key = anchor.key(false);
  if (!last || !key || !checkpointSigned(key, last)) return checkpointAuditTrail(ctx, anchor);
  const [atCheckpoint] = await auditEvents.batch(ctx.db, BigInt(last.seq), 1);
  const broken = (seq: string, reason: string) =>
    new AppError('conflict', `no checkpoint: the audit trail is broken at event ${seq}: ${reason}`);
  if (!atCheckpoint || atCheckpoint.seq !== BigInt(last.seq) || atCheckpoint.hash !== last.hash)
    throw broken(last.seq, `it no longer matches the checkpoint of ${last.at}`);
  let previous = last.hash;
  let expected = BigInt(last.seq) + 1n;
  for (;;) {
    const rows = await auditEvents.batch(ctx.db, expected, BATCH);
    for (const row of rows) {
      if (row.seq !== expected) throw broken(String(expected), 'the event is missing');
      if (row.prev_hash !== previous || auditHash(row) !== row.hash)
        throw broken(String(row.seq), 'its hash does not follow from the event before it');
      previous = row.hash;
      expected++;
    }
    if (rows.length < BATCH) break;
  }
  const head = String(expected - 1n);
  if (head === last.seq) return last;
  const checkpoint = signCheckpoint(key, { seq: head, hash: previous, at: ctx.clock.now().toISOString() });
  anchor.append(checkpoint);
  return checkpoint;
}
