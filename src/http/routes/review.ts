/** Extraction without storing, ingestion of articles, and the review queue. */
import type { FastifyRequest } from 'fastify';
import * as z from 'zod';
import type { Conflict } from '../../app/review/candidate-matching.ts';
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

const qualifier = z.enum(['exact', 'about', 'at_least', 'at_most', 'vague']);
const span = z.object({ start: z.number().int(), end: z.number().int() });
const factMoney = z.object({
  amount: z.number().nullable().describe('Major units; null when the text gives no figure'),
  currency: z.string().nullable().describe('ISO 4217; null when the text names an ambiguous currency'),
  qualifier,
});

/** The extraction output contract (src/extract/types.ts): the fields scripts and the review queue read. */
const fact = z
  .object({
    doc: z.string(),
    type: z.enum(['commitment', 'total', 'meeting', 'target', 'deadline']),
    donor: z.string().nullable(),
    recipient: z.string().nullable(),
    supplier: z.string().nullable(),
    mode: z.enum(['donation', 'funded_purchase', 'pooled', 'industry', 'financial', 'sale']).nullable(),
    item: z.string().nullable(),
    category: z.string().nullable(),
    quantity: z.object({ value: z.number().nullable(), qualifier }).nullable(),
    money: factMoney.nullable(),
    money_alt: z.array(factMoney),
    date: z.object({ value: z.string(), granularity: z.enum(['day', 'month', 'year']) }).nullable(),
    place: z.string().nullable(),
    country: z.string().nullable(),
    participants: z.array(z.string()),
    kind: z.enum(['udcg', 'nato_summit', 'nato_ministerial', 'bilateral', 'conference']).nullable(),
    value: z.number().nullable(),
    components: z.array(z.number()),
    previous: z.number().nullable(),
    status: z.enum(['reported', 'conditional', 'planned', 'approved', 'delivered']).nullable(),
    evidence: span.describe('Character offsets of the words that state the fact'),
    mentions: z.array(span),
    confidence: z.number().min(0).max(1),
    cue: z
      .string()
      .nullable()
      .optional()
      .describe('The extraction rule and its trigger words; absent from facts queued before cues were kept'),
  })
  .describe('An extracted fact, as `ramstein extract` prints it (DESIGN §6.1)')
  .meta({ id: 'Fact' });

const conflict = z
  .object({
    record: z.string().describe('The ledger commitment the fact matched'),
    field: z.enum(['quantity', 'money']),
    recorded: z.string(),
    extracted: z.string(),
  })
  .describe('A figure of the matched commitment that the fact states differently');

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
    conflicts: z.array(conflict),
    decision_note: z.string().nullable(),
    decided_by: z.string().nullable(),
    result: z.string().nullable(),
  })
  .meta({ id: 'Candidate' });

const id = z.object({ id: z.string().max(64) });

/** The conflicts are stored as JSON; they were written by findConflicts. */
const asJson = (c: CandidateView) => ({ ...c, conflicts: c.conflicts as Conflict[] });

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
      // Loaded by the first extraction, not when the server starts (see ingest-article.ts).
      const { extract } = await import('../../extract/extract.ts');
      return {
        facts: extract(text, {
          published: published ?? null,
          lang: lang ?? 'auto',
          catalogue,
        }),
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
