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

/** Newest first. Representatives see the trail of records they own only; others the whole trail. */
export async function listAuditEvents(
  ctx: AppContext,
  filter: AuditFilter,
): Promise<{ items: AuditRow[]; total: number }> {
  requirePermission(ctx.actor, 'audit:read');
  const { limit, offset, ...where } = filter;
  return auditEvents.list(ctx.db, ctx.actor, where, { limit, offset });
}
