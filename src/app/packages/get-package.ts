import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { packages } from '../../store/repositories/packages.ts';
import type { AppContext } from '../context.ts';
import { requireFound } from '../ledger/stored-records.ts';
import { packageViews } from './package-row.ts';
import type { PackageOutput } from './package.types.ts';

/** Package `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadPackage(ctx: AppContext, db: Queryable, id: string): Promise<PackageOutput> {
  const row = requireFound('package', id, await packages.get(db, ctx.actor, id));
  const [view] = await packageViews(db, [row]);
  return view!;
}

export function getPackage(ctx: AppContext, id: string): Promise<PackageOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadPackage(ctx, ctx.db, id);
}
