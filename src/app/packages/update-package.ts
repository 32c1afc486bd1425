import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { packages } from '../../store/repositories/packages.ts';
import type { AppContext } from '../context.ts';
import { finishChange, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { packageAsInput, packageOwnership, saveFunders, toPackageRow } from './package-row.ts';
import type { PackageOutput, PackagePatch } from './package.types.ts';
import { loadPackage } from './get-package.ts';

/** Changes a package inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyPackageUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: PackagePatch,
): Promise<PackageOutput> {
  const before = await loadPackage(ctx, tx, id);
  requireWrite(ctx.actor, packageOwnership(before, before));
  const { version, ...changes } = patch;
  requireVersion('package', id, before.version, version);
  const merged = { ...packageAsInput(before), ...changes };
  const row = await toPackageRow(tx, id, merged);
  requireWrite(ctx.actor, packageOwnership(row, merged));
  if (!(await packages.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('package', id, version);
  await saveFunders(tx, id, merged.funders);
  const change = { type: 'package' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadPackage(ctx, tx, id));
}

export function updatePackage(ctx: AppContext, id: string, patch: PackagePatch): Promise<PackageOutput> {
  return ctx.db.transaction((tx) => applyPackageUpdate(ctx, tx, id, patch));
}
