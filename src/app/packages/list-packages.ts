import { requirePermission } from '../../domain/access/permissions.ts';
import { packages, type PackageFilter } from '../../store/repositories/packages.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { packageViews } from './package-row.ts';
import type { PackageOutput } from './package.types.ts';

/** The packages the caller may see matching `filter`, one page of them, and how many match. */
export async function listPackages(
  ctx: AppContext,
  filter: PackageFilter,
  page: Page,
): Promise<{ items: PackageOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await packages.page(ctx.db, ctx.actor, filter, page);
  return { items: await packageViews(ctx.db, rows), total };
}
