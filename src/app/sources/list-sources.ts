/** Sources as readers see them: every article or statement the ledger cites, with visibility applied. */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { sources, type SourceFilter, type SourceView } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';

export type { SourceView };

/** Every visible source, ordered by id (also used by the export). */
export function visibleSources(
  db: Queryable,
  actor: Actor,
  filter: SourceFilter = {},
): Promise<SourceView[]> {
  return sources.visible(db, actor, filter);
}

export async function listSources(
  ctx: AppContext,
  input: { publisher?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<{ items: SourceView[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { limit, offset, ...filter } = input;
  return sources.page(ctx.db, ctx.actor, filter, { limit, offset });
}

export async function getSource(ctx: AppContext, id: string): Promise<SourceView> {
  requirePermission(ctx.actor, 'ledger:read');
  const [found] = await visibleSources(ctx.db, ctx.actor, { id });
  if (!found) throw new AppError('not_found', `no source ${id}`);
  return found;
}
