import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { targets } from '../../store/repositories/targets.ts';
import type { AppContext } from '../context.ts';
import { recordView } from '../ledger/stored-records.ts';
import { toTargetView } from './target-row.ts';
import type { TargetOutput } from './target.types.ts';

/** Target `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadTarget(ctx: AppContext, db: Queryable, id: string): Promise<TargetOutput> {
  return recordView(db, 'target', id, await targets.get(db, ctx.actor, id), toTargetView);
}

export function getTarget(ctx: AppContext, id: string): Promise<TargetOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadTarget(ctx, ctx.db, id);
}
