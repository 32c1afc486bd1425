import { requirePermission } from '../../domain/access/permissions.ts';
import { policyEvents, type PolicyEventFilter } from '../../store/repositories/policy-events.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { policyEventViews } from './policy-event-row.ts';
import type { PolicyEventOutput } from './policy-event.types.ts';

/** The policy events the caller may see matching `filter`, one page of them, and how many match. */
export async function listPolicyEvents(
  ctx: AppContext,
  filter: PolicyEventFilter,
  page: Page,
): Promise<{ items: PolicyEventOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await policyEvents.page(ctx.db, ctx.actor, filter, page);
  return { items: await policyEventViews(ctx.db, ctx.actor, rows), total };
}
