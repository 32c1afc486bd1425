import { requirePermission } from '../../domain/access/permissions.ts';
import { people, type PersonFilter } from '../../store/repositories/people.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import type { AppContext } from '../context.ts';
import { recordViews } from '../ledger/stored-records.ts';
import { toPersonView } from './person-row.ts';
import type { PersonOutput } from './person.types.ts';

/** The people the caller may see matching `filter`, one page of them, and how many match. */
export async function listPeople(
  ctx: AppContext,
  filter: PersonFilter,
  page: Page,
): Promise<{ items: PersonOutput[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await people.page(ctx.db, ctx.actor, filter, page);
  return { items: await recordViews(ctx.db, 'person', rows, toPersonView), total };
}
