/**
 * Reverses one recorded change, as a new change: an update is undone by writing the record's
 * earlier fields back (a new version), a pipeline event by a correction that voids it. History is
 * never rewritten; the reversal is audited like any change and can itself be reverted.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import { recordAction } from '../../domain/audit/actions.ts';
import { AppError } from '../../domain/errors.ts';
import { auditEvents } from '../../store/repositories/audit-events.ts';
import { claimAsInput } from '../claims/claim-row.ts';
import { loadClaim } from '../claims/get-claim.ts';
import { applyClaimUpdate } from '../claims/update-claim.ts';
import type { CommitmentOutput } from '../commitments/commitment.types.ts';
import { loadCommitment } from '../commitments/get-commitment.ts';
import { recordCommitmentEventIn } from '../commitments/record-commitment-event.ts';
import { applyCommitmentUpdate, asFields } from '../commitments/update-commitment.ts';
import type { AppContext } from '../context.ts';
import type { Queryable } from '../../store/database.ts';
import { equipmentAsInput } from '../equipment/equipment-row.ts';
import { loadEquipment } from '../equipment/get-equipment.ts';
import { applyEquipmentUpdate } from '../equipment/update-equipment.ts';
import { loadMeeting } from '../meetings/get-meeting.ts';
import { meetingAsInput } from '../meetings/meeting-row.ts';
import { applyMeetingUpdate } from '../meetings/update-meeting.ts';
import { loadPackage } from '../packages/get-package.ts';
import { packageAsInput } from '../packages/package-row.ts';
import { applyPackageUpdate } from '../packages/update-package.ts';
import { loadTarget } from '../targets/get-target.ts';
import { targetAsInput } from '../targets/target-row.ts';
import { applyTargetUpdate } from '../targets/update-target.ts';
import { appendAudit } from '../../store/audit.ts';

type Restore = (ctx: AppContext, tx: Queryable, id: string, before: unknown) => Promise<unknown>;

/** Writes a record's fields back as an audit event's before-image holds them, over its current version. */
function restorer<View extends { version: number }>(
  load: (ctx: AppContext, db: Queryable, id: string) => Promise<View>,
  asInput: (view: View) => object,
  apply: (ctx: AppContext, tx: Queryable, id: string, patch: never) => Promise<unknown>,
): Restore {
  return async (ctx, tx, id, before) => {
    const current = await load(ctx, tx, id);
    return apply(ctx, tx, id, { ...asInput(before as View), version: current.version } as never);
  };
}

const restorers: Record<string, Restore> = {
  package: restorer(loadPackage, packageAsInput, applyPackageUpdate),
  meeting: restorer(loadMeeting, meetingAsInput, applyMeetingUpdate),
  claim: restorer(loadClaim, claimAsInput, applyClaimUpdate),
  equipment: restorer(loadEquipment, equipmentAsInput, applyEquipmentUpdate),
  target: restorer(loadTarget, targetAsInput, applyTargetUpdate),
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
    const restore = restorers[event.record_type];
    if (restore && event.action === `${event.record_type}.update`) {
      await restore(ctx, tx, event.record_id, event.before);
      return done(`fields restored as they were before event ${seq}`);
    }
    throw new AppError(
      'invalid_input',
      `event ${seq} (${event.action}) cannot be reverted automatically: a created record is withdrawn by cancelling it, an account change by another account change`,
    );
  });
}
