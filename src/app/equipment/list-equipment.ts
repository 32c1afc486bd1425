import { requirePermission } from '../../domain/access/permissions.ts';
import { equipment, type EquipmentFilter } from '../../store/repositories/equipment.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { cachedReport } from '../reports/report-cache.ts';
import { recordViews } from '../ledger/stored-records.ts';
import { toEquipmentView } from './equipment-row.ts';
import type { EquipmentOutput } from './equipment.types.ts';

/** The equipment the caller may see matching `filter`, one page of them, and how many match. */
export async function listEquipment(
  ctx: AppContext,
  filter: EquipmentFilter,
  page: Page,
): Promise<{ items: EquipmentOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  // Every page that titles commitments reads the catalogue: kept until it changes (report-cache.ts).
  return cachedReport(ctx, 'equipment.list', { filter, page }, async () => {
    const { rows, total } = await equipment.page(ctx.db, ctx.actor, filter, page);
    return { items: await recordViews(ctx.db, 'equipment', rows, toEquipmentView), total };
  });
}
