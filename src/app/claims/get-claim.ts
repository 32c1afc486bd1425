import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { claims } from '../../store/repositories/claims.ts';
import type { AppContext } from '../context.ts';
import { recordView } from '../ledger/stored-records.ts';
import { toClaimView } from './claim-row.ts';
import type { ClaimOutput } from './claim.types.ts';

/** Claim `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadClaim(ctx: AppContext, db: Queryable, id: string): Promise<ClaimOutput> {
  return recordView(db, 'claim', id, await claims.get(db, ctx.actor, id), toClaimView);
}

export function getClaim(ctx: AppContext, id: string): Promise<ClaimOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadClaim(ctx, ctx.db, id);
}
