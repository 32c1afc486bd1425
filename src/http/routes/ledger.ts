/** The ledger API: commitments, the other record kinds, sources and the audit trail. */
import type { Api } from '../server.ts';
import { auditRoutes } from './ledger-audit.ts';
import { commitmentRoutes } from './ledger-commitments.ts';
import { recordRoutes } from './ledger-records.ts';

export function ledgerRoutes(app: Api): void {
  commitmentRoutes(app);
  recordRoutes(app);
  auditRoutes(app);
}
