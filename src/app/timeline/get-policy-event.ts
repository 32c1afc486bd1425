import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { policyEvents } from '../../store/repositories/policy-events.ts';
import type { AppContext } from '../context.ts';
import { requireFound } from '../ledger/stored-records.ts';
import { policyEventViews } from './policy-event-row.ts';
import type { PolicyEventOutput } from './policy-event.types.ts';

/** Policy event `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadPolicyEvent(
  ctx: AppContext,
  db: Queryable,
  id: string,
): Promise<PolicyEventOutput> {
  const row = requireFound('policy_event', id, await policyEvents.get(db, ctx.actor, id));
  const [view] = await policyEventViews(db, ctx.actor, [row]);
  return view!;
}

export function getPolicyEvent(ctx: AppContext, id: string): Promise<PolicyEventOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadPolicyEvent(ctx, ctx.db, id);
}
