/**
 * What the command line does beside a running server, as API calls: import a ledger document
 * (the same atomic, idempotent import) and verify the audit trail.
 */
import * as z from 'zod';
import { verifyAuditTrail } from '../../app/audit/verify-audit-trail.ts';
import { importLedger } from '../../app/interchange/import-ledger.ts';
import { sections, type LedgerDocument } from '../../app/interchange/interchange.ts';
import { errorResponses } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import { callerContext, writeResponses } from './ledger-common.ts';

const counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

const ledgerDocument = z
  .object({
    format: z.literal('ramstein-ledger').optional(),
    version: z.literal(1).optional(),
    ...Object.fromEntries(sections.map((s) => [s, z.array(z.unknown()).optional()])),
  })
  .describe('A ledger document as `ramstein export` writes it; each record is checked as the API checks it')
  .meta({ id: 'LedgerDocument' });

const verification = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    broken: z.object({ seq: z.string(), reason: z.string() }).nullable(),
    lastHash: z.string(),
    checkpoint: z.object({ seq: z.string(), at: z.string() }).nullable(),
    unaudited: z
      .array(z.object({ record_type: z.string(), record_id: z.string(), reason: z.string() }))
      .describe('Records the caller may see that were changed in the database without an audit event'),
    unaudited_elsewhere: z
      .number()
      .int()
      .describe('How many records the caller may not see were changed without an audit event'),
  })
  .meta({ id: 'AuditVerification' });

export function operationsRoutes(app: Api): void {
  app.post(
    '/api/v1/ledger/import',
    {
      config: { permission: 'ledger:write' },
      // A whole ledger: larger than any other request.
      bodyLimit: 256 * 1024 * 1024,
      schema: {
        tags: ['ledger'],
        summary:
          'Import a ledger document: atomic (one bad record imports nothing) and idempotent (unchanged records are not written)',
        body: ledgerDocument,
        response: { 200: z.object(Object.fromEntries(sections.map((s) => [s, counts]))), ...writeResponses },
      },
    },
    async (request) => importLedger(callerContext(request), request.body as LedgerDocument),
  );

  app.get(
    '/api/v1/audit/verify',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary:
          "Recompute the audit trail's hash chain and compare it with the last checkpoint published in the server's data folder",
        response: { 200: verification, ...errorResponses },
      },
    },
    async (request) => verifyAuditTrail(callerContext(request), request.server.auditAnchor ?? undefined),
  );
}
