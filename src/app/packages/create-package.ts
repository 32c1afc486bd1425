import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { packages } from '../../store/repositories/packages.ts';
import type { AppContext } from '../context.ts';
import { finishChange, newRecordId } from '../ledger/stored-records.ts';
import { packageOwnership, saveFunders, toPackageRow } from './package-row.ts';
import type { PackageInput, PackageOutput } from './package.types.ts';
import { loadPackage } from './get-package.ts';

/** Records a package inside an open transaction (also used by import). */
export async function insertPackage(
  ctx: AppContext,
  tx: Queryable,
  input: PackageInput,
): Promise<PackageOutput> {
  const id = input.id ?? newRecordId('package');
  const row = await toPackageRow(tx, id, input);
  requireWrite(ctx.actor, packageOwnership(row, input));
  if (await packages.exists(tx, id)) throw idTaken('package', id);
  await packages.insert(tx, row);
  await saveFunders(tx, id, input.funders);
  const change = { type: 'package' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadPackage(ctx, tx, id));
}

export function createPackage(ctx: AppContext, input: PackageInput): Promise<PackageOutput> {
  return ctx.db.transaction((tx) => insertPackage(ctx, tx, input));
}
