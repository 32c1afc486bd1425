/** Sources as readers see them: every article or statement the ledger cites, with visibility applied. */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo } from '../../domain/access/visibility.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import type { AppContext } from '../context.ts';

export interface SourceView {
  id: string;
  url: string | null;
  publisher: string | null;
  language: string | null;
  published_on: string | null;
  title: string | null;
  body_sha256: string | null;
  visibility: string;
  owner_party: string | null;
  version: number;
}

/** Every visible source, ordered by id (also used by the export). */
export async function visibleSources(
  db: Queryable,
  actor: Actor,
  filter: { publisher?: string | undefined; q?: string | undefined; id?: string | undefined } = {},
): Promise<SourceView[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.id) add('s.id = ?', filter.id);
  if (filter.publisher) add('s.publisher = ?', filter.publisher);
  if (filter.q) add("(s.url ILIKE '%' || ? || '%' OR s.title ILIKE '%' || ? || '%')", filter.q);
  const visible = visibleTo(actor, 's', params.length + 1);
  params.push(...visible.params);
  where.push(visible.sql);
  return db.query<SourceView>(
    `SELECT s.id, s.url, s.publisher, s.language, s.published_on, s.title, s.body_sha256, s.visibility,
            s.owner_party, s.version
       FROM sources s WHERE ${where.join(' AND ')} ORDER BY s.id`,
    params,
  );
}

export async function listSources(
  ctx: AppContext,
  input: { publisher?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<{ items: SourceView[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const all = await visibleSources(ctx.db, ctx.actor, input);
  return { items: all.slice(input.offset, input.offset + input.limit), total: all.length };
}

export async function getSource(ctx: AppContext, id: string): Promise<SourceView> {
  requirePermission(ctx.actor, 'ledger:read');
  const [found] = await visibleSources(ctx.db, ctx.actor, { id });
  if (!found) throw new AppError('not_found', `no source ${id}`);
  return found;
}
