/** The dates every page names: when the data the caller sees last changed, and the last ECB rates. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { freshness, type FreshnessRow } from '../../store/repositories/freshness.ts';
import type { AppContext } from '../context.ts';
import { cachedReport } from '../reports/report-cache.ts';

export async function readFreshness(ctx: AppContext): Promise<FreshnessRow> {
  requirePermission(ctx.actor, 'ledger:read');
  // Every page asks for it: kept per visibility scope until the data changes (report-cache.ts).
  return cachedReport(ctx, 'freshness', null, () => freshness.of(ctx.db, ctx.actor));
}
