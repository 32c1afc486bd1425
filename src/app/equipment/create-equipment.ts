import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import type { AppContext } from '../context.ts';
import { finishChange, unowned, newRecordId } from '../ledger/stored-records.ts';
import { toEquipmentRow } from './equipment-row.ts';
import type { EquipmentInput, EquipmentOutput } from './equipment.types.ts';
import { loadEquipment } from './get-equipment.ts';

/** Records a equipment inside an open transaction (also used by import). */
export async function insertEquipment(
  ctx: AppContext,
  tx: Queryable,
  input: EquipmentInput,
): Promise<EquipmentOutput> {
  const id = input.id ?? newRecordId('equipment');
  const row = await toEquipmentRow(tx, id, input);
  requireWrite(ctx.actor, unowned());
  if (await equipment.exists(tx, id)) throw idTaken('equipment', id);
  await equipment.insert(tx, row);
  const change = { type: 'equipment' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadEquipment(ctx, tx, id));
}

export function createEquipment(ctx: AppContext, input: EquipmentInput): Promise<EquipmentOutput> {
  return ctx.db.transaction((tx) => insertEquipment(ctx, tx, input));
}
