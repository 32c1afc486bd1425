/** States, organisations and groups, filtered and paged: every page's names come from here. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { parties, type Party, type PartyFilter } from '../../store/repositories/parties.ts';
import type { AppContext } from '../context.ts';
import { cachedReport } from '../reports/report-cache.ts';

export interface PartyPage {
  items: Party[];
  total: number;
  limit: number;
  offset: number;
}

export async function listParties(ctx: AppContext, filter: PartyFilter): Promise<PartyPage> {
  requirePermission(ctx.actor, 'reference:read');
  // Asked for by every page that names a party: kept until reference data changes (report-cache.ts).
  return cachedReport(ctx, 'parties.list', filter, async () => ({
    ...(await parties.list(ctx.db, filter)),
    limit: filter.limit,
    offset: filter.offset,
  }));
}
