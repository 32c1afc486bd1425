import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import type { AppContext } from '../context.ts';
import { recordView } from '../ledger/stored-records.ts';
import { toEquipmentView } from './equipment-row.ts';
import type { EquipmentOutput } from './equipment.types.ts';

/** Equipment `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadEquipment(ctx: AppContext, db: Queryable, id: string): Promise<EquipmentOutput> {
  return recordView(db, 'equipment', id, await equipment.get(db, ctx.actor, id), toEquipmentView);
}

export function getEquipment(ctx: AppContext, id: string): Promise<EquipmentOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadEquipment(ctx, ctx.db, id);
}
