/** /api/v1/sources (what the ledger cites) and /api/v1/audit (who changed what, newest first). */
import * as z from 'zod';
import { listAuditEvents } from '../../app/audit/list-audit-events.ts';
import { revertChange } from '../../app/audit/revert-change.ts';
import { getSource, listSources } from '../../app/sources/list-sources.ts';
import { readSource } from '../../app/sources/read-source.ts';
import { notModified, pageTag, recordTag } from '../etag.ts';
import { errorResponses, isoDate, page, paging } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import { callerContext, idParams, ifNoneMatchHeaders } from './ledger-common.ts';

const sourceSchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    language: z.string().nullable(),
    published_on: z.string().nullable(),
    title: z.string().nullable(),
    body_sha256: z.string().nullable().describe('SHA-256 of the stored text, when the text is kept'),
    visibility: z.string(),
    owner_party: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Source' });

const sourceReadingSchema = z
  .object({
    source: sourceSchema,
    text: z
      .string()
      .nullable()
      .describe(
        "The stored text; null when none is stored or the source's visibility withholds it from the caller",
      ),
    text_withheld: z.boolean().describe('A text is stored but the caller may not read it'),
    evidence: z.array(
      z.object({
        record_type: z.string().describe('commitment, package, meeting, claim…'),
        record_id: z.string(),
        start: z
          .number()
          .int()
          .nullable()
          .describe('JavaScript string offset in `text`; null without a span'),
        end: z.number().int().nullable(),
        quote: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'SourceReading' });

const auditSchema = z
  .object({
    seq: z.string().describe('Position in the hash chain'),
    at: z.string(),
    actor: z.string(),
    action: z.string().describe('e.g. commitment.create, commitment.event.delivery, ledger.import'),
    record_type: z.string(),
    record_id: z.string(),
    request_id: z.string().nullable().describe('The HTTP request that made the change'),
    before: z.unknown(),
    after: z.unknown(),
    prev_hash: z
      .string()
      .describe('The hash of the event before it; `hash` covers it, which chains the trail'),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export function auditRoutes(app: Api): void {
  app.post(
    '/api/v1/audit/:seq/revert',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['audit'],
        summary: 'Reverse one recorded change as a new change (an update, or a pipeline event)',
        params: z.object({ seq: z.string().regex(/^\d{1,18}$/, 'an audit event number') }),
        response: {
          200: z.object({ reverted: z.string(), record: z.string(), how: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request) => revertChange(callerContext(request), BigInt(request.params.seq)),
  );

  app.get(
    '/api/v1/sources',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: 'Sources the ledger cites (articles, statements, data sets)',
        querystring: z.object({
          publisher: z.string().max(200).optional(),
          q: z.string().max(200).optional().describe('Search in URLs and titles'),
          ...paging,
        }),
        headers: ifNoneMatchHeaders,
        response: { 200: page(sourceSchema), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { limit, offset, publisher, q } = request.query;
      const result = await listSources(callerContext(request), { publisher, q, limit, offset });
      if (notModified(request, reply, pageTag('source', result.items, result.total, request.url)))
        return reply;
      return { ...result, limit, offset };
    },
  );

  app.get(
    '/api/v1/sources/:id',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: 'One source',
        params: idParams,
        headers: ifNoneMatchHeaders,
        response: { 200: sourceSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const source = await getSource(callerContext(request), request.params.id);
      if (notModified(request, reply, recordTag('source', source))) return reply;
      return source;
    },
  );

  app.get(
    '/api/v1/sources/:id/text',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary:
          'A source with its stored text (when the caller may read it) and the evidence spans of the records citing it',
        params: idParams,
        response: { 200: sourceReadingSchema, ...errorResponses },
      },
    },
    async (request) => readSource(callerContext(request), request.params.id),
  );

  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first',
        querystring: z.object({
          record_type: z.string().max(40).optional().describe('commitment, package, meeting…'),
          record_id: z.string().max(120).optional(),
          actor: z.string().max(120).optional(),
          from: isoDate.optional().describe('On or after this date'),
          to: isoDate.optional().describe('On or before this date (the whole day)'),
          ...paging,
        }),
        response: { 200: page(auditSchema), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const result = await listAuditEvents(callerContext(request), {
        recordType: q.record_type,
        recordId: q.record_id,
        actor: q.actor,
        from: q.from,
        to: q.to,
        limit: q.limit,
        offset: q.offset,
      });
      return { ...result, limit: q.limit, offset: q.offset };
    },
  );
}
