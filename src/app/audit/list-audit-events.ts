import { requirePermission } from '../../domain/access/permissions.ts';
import type { AuditRow } from '../../store/audit.ts';
import { auditEvents } from '../../store/repositories/audit-events.ts';
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

/** An audit event as the API and the command line give it: its number as a decimal string, its instant in ISO form. */
export interface AuditEventView {
  seq: string;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  request_id: string | null;
  before: unknown;
  after: unknown;
  /** The hash of the event before it: with `hash`, what links the chain. */
  prev_hash: string;
  hash: string;
}

export const toAuditEventView = (e: AuditRow): AuditEventView => ({
  seq: e.seq.toString(),
  at: e.at.toISOString(),
  actor: e.actor,
  action: e.action,
  record_type: e.record_type,
  record_id: e.record_id,
  request_id: e.request_id,
  before: e.before,
  after: e.after,
  prev_hash: e.prev_hash,
  hash: e.hash,
});

/** Newest first. Representatives see the trail of records they own only; others the whole trail. */
export async function listAuditEvents(
  ctx: AppContext,
  filter: AuditFilter,
): Promise<{ items: AuditEventView[]; total: number }> {
  requirePermission(ctx.actor, 'audit:read');
  const { limit, offset, ...where } = filter;
  const { items, total } = await auditEvents.list(ctx.db, ctx.actor, where, { limit, offset });
  return { items: items.map(toAuditEventView), total };
}
