import { requirePermission } from '../../domain/access/permissions.ts';
import { claims, type ClaimFilter } from '../../store/repositories/claims.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { recordViews } from '../ledger/stored-records.ts';
import { toClaimView } from './claim-row.ts';
import type { ClaimOutput } from './claim.types.ts';

/** The claims the caller may see matching `filter`, one page of them, and how many match. */
export async function listClaims(
  ctx: AppContext,
  filter: ClaimFilter,
  page: Page,
): Promise<{ items: ClaimOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await claims.page(ctx.db, ctx.actor, filter, page);
  return { items: await recordViews(ctx.db, 'claim', rows, toClaimView), total };
}
