/** Equipment given as aid, by catalogue system and category: quantities committed and delivered, donors. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { equipmentRows } from '../../store/reports/equipment.sql.ts';
import type { AppContext } from '../context.ts';
import { equipmentReportInput, type EquipmentReport, type EquipmentReportInput } from './equipment.types.ts';
import { cachedReport } from './report-cache.ts';

export async function reportEquipment(
  ctx: AppContext,
  raw: EquipmentReportInput = {},
): Promise<EquipmentReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = equipmentReportInput.parse(raw);
  return cachedReport(ctx, 'equipment', input, async () => {
    const systems = (await equipmentRows(ctx.db, ctx.actor, input)).filter((s) => s.lines + s.cancelled > 0);
    const byCategory = new Map<string, { systems: number; lines: number; donors: Set<string> }>();
    for (const s of systems) {
      const entry = byCategory.get(s.category) ?? { systems: 0, lines: 0, donors: new Set<string>() };
      if (s.equipment !== null && s.lines > 0) entry.systems += 1;
      entry.lines += s.lines;
      for (const d of s.donors) entry.donors.add(d);
      byCategory.set(s.category, entry);
    }
    return {
      recipient: input.recipient,
      category: input.category,
      categories: [...byCategory].map(([category, e]) => ({
        category,
        systems: e.systems,
        lines: e.lines,
        donors: [...e.donors].sort(),
      })),
      systems: systems.map((s) => ({ ...s, donors: [...s.donors] })),
    };
  });
}
