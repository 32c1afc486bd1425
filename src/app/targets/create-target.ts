import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { targets } from '../../store/repositories/targets.ts';
import type { AppContext } from '../context.ts';
import { finishChange, unowned, newRecordId } from '../ledger/stored-records.ts';
import { toTargetRow } from './target-row.ts';
import type { TargetInput, TargetOutput } from './target.types.ts';
import { loadTarget } from './get-target.ts';

/** Records a target inside an open transaction (also used by import). */
export async function insertTarget(
  ctx: AppContext,
  tx: Queryable,
  input: TargetInput,
): Promise<TargetOutput> {
  const id = input.id ?? newRecordId('target');
  const row = await toTargetRow(tx, id, input);
  requireWrite(ctx.actor, unowned());
  if (await targets.exists(tx, id)) throw idTaken('target', id);
  await targets.insert(tx, row);
  const change = { type: 'target' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadTarget(ctx, tx, id));
}

export function createTarget(ctx: AppContext, input: TargetInput): Promise<TargetOutput> {
  return ctx.db.transaction((tx) => insertTarget(ctx, tx, input));
}
