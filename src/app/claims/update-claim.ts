import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { claims } from '../../store/repositories/claims.ts';
import type { AppContext } from '../context.ts';
import { finishChange, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { claimAsInput, claimOwnership, toClaimRow } from './claim-row.ts';
import type { ClaimOutput, ClaimPatch } from './claim.types.ts';
import { loadClaim } from './get-claim.ts';

/** Changes a claim inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyClaimUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: ClaimPatch,
): Promise<ClaimOutput> {
  const before = await loadClaim(ctx, tx, id);
  requireWrite(ctx.actor, claimOwnership(before));
  const { version, ...changes } = patch;
  requireVersion('claim', id, before.version, version);
  const row = await toClaimRow(tx, id, { ...claimAsInput(before), ...changes });
  requireWrite(ctx.actor, claimOwnership(row));
  if (!(await claims.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('claim', id, version);
  const change = { type: 'claim' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadClaim(ctx, tx, id));
}

export function updateClaim(ctx: AppContext, id: string, patch: ClaimPatch): Promise<ClaimOutput> {
  return ctx.db.transaction((tx) => applyClaimUpdate(ctx, tx, id, patch));
}
