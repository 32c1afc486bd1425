import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { policyEvents } from '../../store/repositories/policy-events.ts';
import type { AppContext } from '../context.ts';
import { finishChange, newRecordId } from '../ledger/stored-records.ts';
import { policyEventOwnership, toPolicyEventRow } from './policy-event-row.ts';
import type { PolicyEventInput, PolicyEventOutput } from './policy-event.types.ts';
import { applySuspension } from './apply-suspension.ts';
import { loadPolicyEvent } from './get-policy-event.ts';

/** Records a policy event inside an open transaction (also used by import). */
export async function insertPolicyEvent(
  ctx: AppContext,
  tx: Queryable,
  input: PolicyEventInput,
): Promise<PolicyEventOutput> {
  const id = input.id ?? newRecordId('policy_event');
  const row = await toPolicyEventRow(tx, id, input);
  requireWrite(ctx.actor, policyEventOwnership(row));
  if (await policyEvents.exists(tx, id)) throw idTaken('policy_event', id);
  await policyEvents.insert(tx, row);
  await applySuspension(ctx, tx, id, input);
  const change = { type: 'policy_event' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadPolicyEvent(ctx, tx, id));
}

export function createPolicyEvent(ctx: AppContext, input: PolicyEventInput): Promise<PolicyEventOutput> {
  return ctx.db.transaction((tx) => insertPolicyEvent(ctx, tx, input));
}
