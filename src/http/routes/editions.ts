import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import { diffEditions } from '../../app/editions/diff-editions.ts';
import {
  editionDiffSchema,
  editionSchema,
  editionViewSchema,
  reconciliationSchema,
} from '../../app/editions/edition.types.ts';
import { getEdition, listEditions } from '../../app/editions/get-edition.ts';
import {
  reconcileEdition,
  reconcileLatest,
  type Reconciliation,
} from '../../app/editions/reconcile-edition.ts';
import { kielContract } from '../../app/editions/import-edition.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { jsonSafe } from '../../domain/json.ts';
import { keptView, sendKept } from '../cached-answer.ts';
import { diffRows, donorTableRows, reconcileRows } from '../../domain/editions/tabular.ts';
import { withConversionRows } from '../../domain/money/conversion-summary.ts';
import { callerContext } from './ledger-common.ts';
import { errorResponses } from '../schemas/common.ts';
import type { Api } from '../server.ts';

const read = { permission: 'reference:read' as const };
const idParams = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'an edition id, e.g. kiel-ust-r28'),
});
const format = z.object({ format: z.enum(['json', 'csv']).default('json') });
type Json = never;

const editionList = z.object({ items: z.array(editionSchema) });

export function editionRoutes(app: Api): void {
  app.get(
    '/api/v1/editions',
    {
      config: read,
      schema: {
        tags: ['editions'],
        summary:
          'Imported editions of external data sets (Kiel UST releases), with files, hashes and attribution',
        querystring: z.object({ dataset: z.string().max(64).optional() }),
        response: { 200: editionList, ...errorResponses },
      },
    },
    async (request, reply) => {
      const kept = await listEditions(callerContext(request), request.query.dataset);
      // Kept between changes (listEditions): its bytes are prepared once per change.
      return sendKept(
        request,
        reply,
        editionList,
        keptView(kept, 'items', () => ({ items: jsonSafe(kept) })),
      );
    },
  );

  app.get(
    '/api/v1/editions/:id',
    {
      config: { ...read, media: { 'text/csv': 'string' } },
      schema: {
        tags: ['editions'],
        summary: "An edition: donor table, totals and the edition's own checks, as JSON or CSV",
        params: idParams,
        querystring: format,
        response: { 200: editionViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await getEdition(callerContext(request), request.params.id);
      if (request.query.format === 'csv') {
        const rows = donorTableRows(view.donors, true).map((r) => ({
          ...r,
          source: view.edition.attribution,
        }));
        return reply.type('text/csv; charset=utf-8').send(stringify(rows, { header: true }) as never);
      }
      return jsonSafe(view) as Json;
    },
  );

  app.get(
    '/api/v1/editions/:id/diff/:other',
    {
      config: { ...read, media: { 'text/csv': 'string' } },
      schema: {
        tags: ['editions'],
        summary: 'What changed from one edition to another, per donor and aid type',
        params: idParams.extend({ other: idParams.shape.id }),
        querystring: format,
        response: { 200: editionDiffSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const diff = await diffEditions(callerContext(request), request.params.id, request.params.other);
      if (request.query.format === 'csv') {
        const source = `${diff.from.attribution}; ${diff.to.attribution}`;
        const rows = diffRows(diff.rows, true).map((r) => ({ ...r, source }));
        return reply.type('text/csv; charset=utf-8').send(stringify(rows, { header: true }) as never);
      }
      return jsonSafe(diff) as Json;
    },
  );

  app.get(
    '/api/v1/editions/latest/reconciliation',
    {
      config: { permission: 'reports:read' as const, heavy: 'computing', media: { 'text/csv': 'string' } },
      schema: {
        tags: ['editions'],
        summary: "Ramstein's ledger beside the latest release of a data set (by publication date)",
        querystring: format.extend({
          dataset: z.string().max(64).default(kielContract().dataset).describe('The data set, e.g. kiel-ust'),
        }),
        response: { 200: reconciliationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendReconciliation(
        request,
        reply,
        request.query.format,
        await reconcileLatest(callerContext(request), request.query.dataset),
      ),
  );

  app.get(
    '/api/v1/editions/:id/reconciliation',
    {
      config: { permission: 'reports:read' as const, heavy: 'computing', media: { 'text/csv': 'string' } },
      schema: {
        tags: ['editions'],
        summary: "Ramstein's ledger beside an edition, donor by donor, with the reasons the figures differ",
        params: idParams,
        querystring: format,
        response: { 200: reconciliationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendReconciliation(
        request,
        reply,
        request.query.format,
        await reconcileEdition(callerContext(request), request.params.id),
      ),
  );
}

/**
 * A reconciliation as CSV (with its source on every row) or as JSON; the JSON of a kept answer is
 * prepared once per change (cached-answer.ts).
 */
function sendReconciliation(
  request: FastifyRequest,
  reply: FastifyReply,
  format: 'json' | 'csv',
  r: Reconciliation,
) {
  if (format === 'csv') {
    const rows = withConversionRows(
      reconcileRows(r.rows, true).map((row) => ({ ...row, source: r.edition.attribution })),
      r.conversion,
    );
    return reply.type('text/csv; charset=utf-8').send(stringify(rows, { header: true }) as never);
  }
  return sendKept(
    request,
    reply,
    reconciliationSchema,
    keptView(r, 'json', () => jsonSafe(r) as object),
  );
}
