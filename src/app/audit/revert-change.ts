/**
 * Reverses one recorded change, as a new change: an update is undone by writing the record's
 * earlier fields back (a new version), a pipeline event by a correction that voids it. History is
 * never rewritten; the reversal is audited like any change and can itself be reverted.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import { recordAction } from '../../domain/audit/actions.ts';
import { AppError } from '../../domain/errors.ts';
import { auditEvents } from '../../store/repositories/audit-events.ts';
import { claimKind } from '../claims/claim.record.ts';
import type { CommitmentOutput } from '../commitments/commitment.types.ts';
import { loadCommitment } from '../commitments/get-commitment.ts';
import { recordCommitmentEventIn } from '../commitments/record-commitment-event.ts';
import { applyCommitmentUpdate, asFields } from '../commitments/update-commitment.ts';
import type { AppContext } from '../context.ts';
import { equipmentKind } from '../equipment/equipment.record.ts';
import { meetingKind } from '../meetings/meeting.record.ts';
import { packageKind } from '../packages/package.record.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { applyRecordUpdate, loadRecord } from '../records/records.ts';
import { targetKind } from '../targets/target.record.ts';
import { appendAudit } from '../../store/audit.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kinds: Record<string, RecordKind<any, { version: number }>> = {
  package: packageKind,
  meeting: meetingKind,
  claim: claimKind,
  equipment: equipmentKind,
  target: targetKind,
};

export interface Reversal {
  reverted: string;
  record: string;
  how: string;
}

export async function revertChange(ctx: AppContext, seq: bigint): Promise<Reversal> {
  requirePermission(ctx.actor, 'ledger:write');
  return ctx.db.transaction(async (tx) => {
    // An event the caller may not read is answered as absent: nothing about it is told.
    const event = await auditEvents.get(tx, ctx.actor, seq);
    if (!event) throw new AppError('not_found', `no audit event ${seq}`);
    const record = `${event.record_type}:${event.record_id}`;
    const done = async (how: string) => {
      await appendAudit(
        tx,
        {
          actor: ctx.actor.id,
          action: recordAction(event.record_type, 'revert'),
          recordType: event.record_type,
          recordId: event.record_id,
          before: { reverts: seq.toString() },
          after: { how },
          requestId: ctx.requestId,
        },
        ctx.clock.now(),
      );
      return { reverted: seq.toString(), record, how };
    };

    if (event.action === 'commitment.update') {
      const current = await loadCommitment(ctx, tx, event.record_id);
      const earlier = asFields(event.before as CommitmentOutput);
      await applyCommitmentUpdate(ctx, tx, {
        id: event.record_id,
        patch: { ...earlier, version: current.version },
      });
      return done(`fields restored as they were before event ${seq}`);
    }
    const eventSeq = (event.after as { event?: { seq?: number } } | null)?.event?.seq;
    if (event.action.startsWith('commitment.event.') && eventSeq) {
      // Visibility, write rights on the commitment and its own audit event: as any pipeline event.
      const current = await loadCommitment(ctx, tx, event.record_id);
      const { seq: corrected } = await recordCommitmentEventIn(ctx, tx, {
        id: event.record_id,
        version: current.version,
        event: {
          kind: 'correction',
          corrects: eventSeq,
          date: (event.after as { event: { date: string } }).event.date,
          increase: false,
          note: `reverts audit event ${seq}`,
        },
      });
      return done(`pipeline event ${eventSeq} voided by correction ${corrected}`);
    }
    const kind = kinds[event.record_type];
    if (kind && event.action === `${event.record_type}.update`) {
      const current = await loadRecord(ctx, tx, kind, event.record_id);
      await applyRecordUpdate(ctx, tx, kind, event.record_id, {
        ...kind.toInput(event.before as { version: number }),
        version: current.version,
      });
      return done(`fields restored as they were before event ${seq}`);
    }
    throw new AppError(
      'invalid_input',
      `event ${seq} (${event.action}) cannot be reverted automatically: a created record is withdrawn by cancelling it, an account change by another account change`,
    );
  });
}
