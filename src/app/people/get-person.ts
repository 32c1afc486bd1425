import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { people } from '../../store/repositories/people.ts';
import type { AppContext } from '../context.ts';
import { recordView } from '../ledger/stored-records.ts';
import { toPersonView } from './person-row.ts';
import type { PersonOutput } from './person.types.ts';

/** Person `id` as the caller sees it; not found when absent or not theirs to see. */
export async function loadPerson(ctx: AppContext, db: Queryable, id: string): Promise<PersonOutput> {
  return recordView(db, 'person', id, await people.get(db, ctx.actor, id), toPersonView);
}

export function getPerson(ctx: AppContext, id: string): Promise<PersonOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadPerson(ctx, ctx.db, id);
}
