import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import type { AppContext } from '../context.ts';
import { finishChange, unowned, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { equipmentAsInput, toEquipmentRow } from './equipment-row.ts';
import type { EquipmentOutput, EquipmentPatch } from './equipment.types.ts';
import { loadEquipment } from './get-equipment.ts';

/** Changes a equipment inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyEquipmentUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: EquipmentPatch,
): Promise<EquipmentOutput> {
  const before = await loadEquipment(ctx, tx, id);
  requireWrite(ctx.actor, unowned());
  const { version, ...changes } = patch;
  requireVersion('equipment', id, before.version, version);
  const row = await toEquipmentRow(tx, id, { ...equipmentAsInput(before), ...changes });
  requireWrite(ctx.actor, unowned());
  if (!(await equipment.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('equipment', id, version);
  const change = { type: 'equipment' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadEquipment(ctx, tx, id));
}

export function updateEquipment(
  ctx: AppContext,
  id: string,
  patch: EquipmentPatch,
): Promise<EquipmentOutput> {
  return ctx.db.transaction((tx) => applyEquipmentUpdate(ctx, tx, id, patch));
}
