import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { policyEvents } from '../../store/repositories/policy-events.ts';
import type { AppContext } from '../context.ts';
import { finishChange, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { policyEventAsInput, policyEventOwnership, toPolicyEventRow } from './policy-event-row.ts';
import type { PolicyEventOutput, PolicyEventPatch } from './policy-event.types.ts';
import { applySuspension } from './apply-suspension.ts';
import { loadPolicyEvent } from './get-policy-event.ts';

/** Changes a policy event inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyPolicyEventUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: PolicyEventPatch,
): Promise<PolicyEventOutput> {
  const before = await loadPolicyEvent(ctx, tx, id);
  requireWrite(ctx.actor, policyEventOwnership(before));
  const { version, ...changes } = patch;
  requireVersion('policy_event', id, before.version, version);
  const merged = { ...policyEventAsInput(before), ...changes };
  const row = await toPolicyEventRow(tx, id, merged);
  requireWrite(ctx.actor, policyEventOwnership(row));
  if (!(await policyEvents.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('policy_event', id, version);
  await applySuspension(ctx, tx, id, merged);
  const change = { type: 'policy_event' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadPolicyEvent(ctx, tx, id));
}

export function updatePolicyEvent(
  ctx: AppContext,
  id: string,
  patch: PolicyEventPatch,
): Promise<PolicyEventOutput> {
  return ctx.db.transaction((tx) => applyPolicyEventUpdate(ctx, tx, id, patch));
}
