import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { targets } from '../../store/repositories/targets.ts';
import type { AppContext } from '../context.ts';
import { finishChange, unowned, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { targetAsInput, toTargetRow } from './target-row.ts';
import type { TargetOutput, TargetPatch } from './target.types.ts';
import { loadTarget } from './get-target.ts';

/** Changes a target inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyTargetUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: TargetPatch,
): Promise<TargetOutput> {
  const before = await loadTarget(ctx, tx, id);
  requireWrite(ctx.actor, unowned());
  const { version, ...changes } = patch;
  requireVersion('target', id, before.version, version);
  const row = await toTargetRow(tx, id, { ...targetAsInput(before), ...changes });
  requireWrite(ctx.actor, unowned());
  if (!(await targets.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('target', id, version);
  const change = { type: 'target' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadTarget(ctx, tx, id));
}

export function updateTarget(ctx: AppContext, id: string, patch: TargetPatch): Promise<TargetOutput> {
  return ctx.db.transaction((tx) => applyTargetUpdate(ctx, tx, id, patch));
}
