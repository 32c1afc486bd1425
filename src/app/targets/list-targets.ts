import { requirePermission } from '../../domain/access/permissions.ts';
import { targets, type TargetFilter } from '../../store/repositories/targets.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { recordViews } from '../ledger/stored-records.ts';
import { toTargetView } from './target-row.ts';
import type { TargetOutput } from './target.types.ts';

/** The targets the caller may see matching `filter`, one page of them, and how many match. */
export async function listTargets(
  ctx: AppContext,
  filter: TargetFilter,
  page: Page,
): Promise<{ items: TargetOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await targets.page(ctx.db, ctx.actor, filter, page);
  return { items: await recordViews(ctx.db, 'target', rows, toTargetView), total };
}
