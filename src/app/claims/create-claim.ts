import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { claims } from '../../store/repositories/claims.ts';
import type { AppContext } from '../context.ts';
import { finishChange, newRecordId } from '../ledger/stored-records.ts';
import { claimOwnership, toClaimRow } from './claim-row.ts';
import type { ClaimInput, ClaimOutput } from './claim.types.ts';
import { loadClaim } from './get-claim.ts';

/** Records a claim inside an open transaction (also used by review and import). */
export async function insertClaim(ctx: AppContext, tx: Queryable, input: ClaimInput): Promise<ClaimOutput> {
  const id = input.id ?? newRecordId('claim');
  const row = await toClaimRow(tx, id, input);
  requireWrite(ctx.actor, claimOwnership(row));
  if (await claims.exists(tx, id)) throw idTaken('claim', id);
  await claims.insert(tx, row);
  const change = { type: 'claim' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadClaim(ctx, tx, id));
}

export function createClaim(ctx: AppContext, input: ClaimInput): Promise<ClaimOutput> {
  return ctx.db.transaction((tx) => insertClaim(ctx, tx, input));
}
