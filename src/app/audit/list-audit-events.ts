import { requirePermission } from '../../domain/access/permissions.ts';
import type { AuditRow } from '../../store/audit.ts';
import type { AppContext } from '../context.ts';

export interface AuditFilter {
  recordType?: string;
  recordId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Newest first. Representatives see the trail of records they own only; others the whole trail. */
export async function listAuditEvents(
  ctx: AppContext,
  filter: AuditFilter,
): Promise<{ items: AuditRow[]; total: number }> {
  requirePermission(ctx.actor, 'audit:read');
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.recordType) add('record_type = ?', filter.recordType);
  if (filter.recordId) add('record_id = ?', filter.recordId);
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.from) add('at >= ?::timestamptz', filter.from);
  if (filter.to) add("at < (?::date + interval '1 day')", filter.to);
  if (ctx.actor.role === 'representative') {
    params.push(ctx.actor.party, ctx.actor.id);
    where.push(
      `((record_type = 'commitment' AND record_id IN (SELECT id FROM commitments WHERE owner_party = $${params.length - 1}))
        OR actor = $${params.length})`,
    );
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await ctx.db.query<{ n: bigint }>(
    `SELECT count(*) AS n FROM audit_events ${clause}`,
    params,
  );
  const items = await ctx.db.query<AuditRow>(
    `SELECT * FROM audit_events ${clause} ORDER BY seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { items, total: Number(count?.n ?? 0) };
}
