/** Extraction without storing, ingestion of articles, and the review queue. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sourceUrl } from '../../app/ledger/fields.ts';
import { actingAs, type AppContext } from '../../app/context.ts';
import { ingestArticle, ledgerCatalogue } from '../../app/review/ingest-article.ts';
import {
  acceptCandidate,
  getCandidate,
  listCandidates,
  mergeCandidate,
  rejectCandidate,
  type CandidateView,
} from '../../app/review/review-candidates.ts';
import { extract } from '../../extract/extract.ts';
import { requestActor } from '../actor.ts';
import { asyncHeaders, asyncQuery, jobSchema, queueJob, wantsAsync } from '../async-work.ts';
import { errorResponses, isoDate } from '../schemas/common.ts';
import type { Api } from '../server.ts';

const context = (request: FastifyRequest): AppContext =>
  actingAs(request.server.ctx, requestActor(request), String(request.id));

const article = z
  .object({
    text: z
      .string()
      .min(1)
      .max(10 * 1024 * 1024),
    url: sourceUrl.nullable().optional(),
    title: z.string().max(500).nullable().optional(),
    publisher: z.string().max(200).nullable().optional(),
    published: isoDate.nullable().optional(),
    lang: z.enum(['auto', 'fr', 'en', 'de']).optional(),
  })
  .strict();

const fact = z
  .record(z.string(), z.unknown())
  .describe('An extracted fact, as `ramstein extract` prints it (DESIGN §6.1)');

const candidate = z
  .object({
    id: z.string(),
    source_id: z.string(),
    status: z.enum(['pending', 'accepted', 'merged', 'rejected']),
    fact,
    confidence: z.number().min(0).max(1).describe('How sure the extractor was that the text states the fact'),
    cue: z
      .string()
      .nullable()
      .describe('Why the fact was proposed: the extraction rule and its trigger words'),
    evidence_text: z.string().nullable(),
    proposed_merge: z.string().nullable(),
    conflicts: z.array(z.unknown()),
    decision_note: z.string().nullable(),
    decided_by: z.string().nullable(),
    result: z.string().nullable(),
  })
  .meta({ id: 'Candidate' });

const id = z.object({ id: z.string().max(64) });

/** The fact travels as plain JSON; its fields are documented by the extraction contract. */
const asJson = (c: CandidateView) => ({ ...c, fact: c.fact as unknown as Record<string, unknown> });

export function reviewRoutes(app: Api): void {
  const run = { permission: 'extract:run' as const };
  const review = { permission: 'review:write' as const };

  app.post(
    '/api/v1/extract',
    {
      config: run,
      schema: {
        tags: ['review'],
        summary: 'Extract facts from an article without storing anything',
        body: article.omit({ url: true, title: true, publisher: true }),
        response: { 200: z.object({ facts: z.array(fact) }), ...errorResponses },
      },
    },
    async (request) => {
      const { text, published, lang } = request.body;
      const catalogue = await ledgerCatalogue(request.server.ctx.db);
      return {
        facts: extract(text, {
          published: published ?? null,
          lang: lang ?? 'auto',
          catalogue,
        }) as unknown as Record<string, unknown>[],
      };
    },
  );

  app.post(
    '/api/v1/sources/ingest',
    {
      config: review,
      schema: {
        tags: ['review'],
        summary:
          'Store an article as a source and queue its facts for review (202 and a job when asked to respond async)',
        headers: asyncHeaders,
        querystring: asyncQuery,
        body: article,
        response: {
          202: jobSchema,
          200: z.object({
            source_id: z.string(),
            recognised: z.boolean(),
            language: z.string(),
            candidates: z.array(z.string()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      if (wantsAsync(request)) return queueJob(request, reply, 'ingest-article', request.body);
      return ingestArticle(context(request), request.body);
    },
  );

  app.get(
    '/api/v1/review',
    {
      config: review,
      schema: {
        tags: ['review'],
        summary: 'The review queue',
        querystring: z.object({
          status: z.enum(['pending', 'accepted', 'merged', 'rejected']).optional(),
          source: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ items: z.array(candidate) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await listCandidates(context(request), request.query)).map(asJson) }),
  );

  app.get(
    '/api/v1/review/:id',
    {
      config: review,
      schema: {
        tags: ['review'],
        summary: 'One candidate with its evidence',
        params: id,
        response: { 200: candidate, ...errorResponses },
      },
    },
    async (request) => asJson(await getCandidate(context(request), request.params.id)),
  );

  app.post(
    '/api/v1/review/:id/accept',
    {
      config: review,
      schema: {
        tags: ['review'],
        summary: 'Accept a candidate as a new record; `edits` override extracted fields',
        params: id,
        body: z.object({ edits: z.record(z.string(), z.unknown()).optional() }).strict(),
        response: { 200: candidate, ...errorResponses },
      },
    },
    async (request) => asJson(await acceptCandidate(context(request), request.params.id, request.body.edits)),
  );

  app.post(
    '/api/v1/review/:id/merge',
    {
      config: review,
      schema: {
        tags: ['review'],
        summary: 'Merge a candidate into an existing commitment as further evidence',
        params: id,
        body: z.object({ commitment: z.string().max(120) }).strict(),
        response: { 200: candidate, ...errorResponses },
      },
    },
    async (request) =>
      asJson(await mergeCandidate(context(request), request.params.id, request.body.commitment)),
  );

  app.post(
    '/api/v1/review/:id/reject',
    {
      config: review,
      schema: {
        tags: ['review'],
        summary: 'Reject a candidate',
        params: id,
        body: z.object({ reason: z.string().max(2000).nullable().optional() }).strict(),
        response: { 200: candidate, ...errorResponses },
      },
    },
    async (request) =>
      asJson(await rejectCandidate(context(request), request.params.id, request.body.reason ?? null)),
  );
}
