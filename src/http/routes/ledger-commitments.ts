/** /api/v1/commitments: pledges with their lines, money, pipeline state and sources. */
import * as z from 'zod';
import {
  commitmentEventInput,
  commitmentInput,
  commitmentOutput,
  commitmentPatch,
  mode,
} from '../../app/commitments/commitment.types.ts';
import { createCommitment } from '../../app/commitments/create-commitment.ts';
import { declareLineValue } from '../../app/commitments/declare-line-value.ts';
import { declaredValueInput, declaredValueOutput } from '../../app/commitments/declared-value.types.ts';
import { getCommitment } from '../../app/commitments/get-commitment.ts';
import { listCommitments, type CommitmentPage } from '../../app/commitments/list-commitments.ts';
import { recordCommitmentEvent } from '../../app/commitments/record-commitment-event.ts';
import { updateCommitment } from '../../app/commitments/update-commitment.ts';
import { conversionSummary } from '../../app/reports/report.types.ts';
import { statuses } from '../../domain/ledger/vocabulary.ts';
import { notModified, recordTag } from '../etag.ts';
import { keptView, sendKept } from '../cached-answer.ts';
import { errorResponses, isoDate, page, paging } from '../schemas/common.ts';
import type { Api } from '../server.ts';
import {
  baseVersion,
  callerContext,
  idParams,
  ifMatchHeaders,
  ifNoneMatchHeaders,
  versionField,
  writeResponses,
} from './ledger-common.ts';

const sorts = [
  'announced_on',
  '-announced_on',
  'donor',
  '-donor',
  'id',
  '-id',
  'money',
  '-money',
  'updated_at',
  '-updated_at',
] as const;

const upper = z
  .string()
  .max(32)
  .transform((v) => v.toUpperCase());

/** The ledger list's filters (the JSON export of the ledger takes the same). */
export const commitmentFilters = {
  donor: upper.optional().describe('Donor or co-donor party code'),
  recipient: upper.optional(),
  mode: mode.optional(),
  equipment: z.string().max(120).optional().describe('Equipment type id, e.g. patriot'),
  category: z.string().max(64).optional().describe('Equipment category, e.g. air_defence'),
  status: z.enum(statuses).optional().describe('Derived pipeline status (on as_of when given)'),
  from: isoDate.optional().describe('Announced on or after'),
  to: isoDate.optional().describe('Announced on or before'),
  meeting: z.string().max(120).optional().describe('Meeting at which it was announced'),
  package: z.string().max(120).optional().describe('Pooled package it contributes to'),
  as_of: isoDate.optional().describe('The ledger as it stood on this date'),
};

const listQuery = z.object({
  ...commitmentFilters,
  sort: z.enum(sorts).default('-announced_on'),
  ...paging,
});

const TYPE = 'commitment';

const commitmentPage = page(commitmentOutput).extend({
  total_eur: z
    .object({
      amount: z.string().describe('Sum in EUR (major units) of every matching commitment, all pages'),
      unconverted: z
        .number()
        .int()
        .describe('Matching commitments whose money has no ECB rate: not in the sum'),
    })
    .describe('The total of the filtered view, each amount converted at its value date'),
  conversion: conversionSummary,
});

/** The answer for a kept page, the same object for the same page while it is kept. */
const pageOf = (result: CommitmentPage, limit: number, offset: number): object =>
  keptView(result, `${limit}:${offset}`, () => ({ ...result, limit, offset }));

export function commitmentRoutes(app: Api): void {
  app.get(
    '/api/v1/commitments',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: 'Commitments, filtered, sorted and paged',
        querystring: listQuery,
        headers: ifNoneMatchHeaders,
        response: {
          200: commitmentPage,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { as_of, limit, offset, ...filter } = request.query;
      const result = await listCommitments(callerContext(request), {
        ...filter,
        asOf: as_of,
        limit,
        offset,
      });
      // A page is kept between changes (listCommitments): its bytes are prepared once per kept page.
      return sendKept(request, reply, commitmentPage, pageOf(result, limit, offset));
    },
  );

  app.get(
    '/api/v1/commitments/:id',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['ledger'],
        summary: 'One commitment, with its pipeline state (as of a date if asked)',
        params: idParams,
        querystring: z.object({ as_of: isoDate.optional().describe('The state on this date') }),
        headers: ifNoneMatchHeaders,
        response: { 200: commitmentOutput, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await getCommitment(callerContext(request), {
        id: request.params.id,
        asOf: request.query.as_of ?? null,
      });
      if (notModified(request, reply, recordTag(TYPE, view, request.query.as_of))) return reply;
      return view;
    },
  );

  app.post(
    '/api/v1/commitments',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: 'Record a commitment (its events, if given, are checked against the pipeline rules)',
        body: commitmentInput,
        response: { 201: commitmentOutput, ...writeResponses },
      },
    },
    async (request, reply) => {
      const view = await createCommitment(callerContext(request), request.body);
      reply.header('etag', recordTag(TYPE, view)).header('location', `/api/v1/commitments/${view.id}`);
      return reply.code(201).send(view);
    },
  );

  app.patch(
    '/api/v1/commitments/:id',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: 'Change a commitment; refused with 409 if it changed since `version` (412 with If-Match)',
        params: idParams,
        headers: ifMatchHeaders,
        body: commitmentPatch.extend({ version: versionField }),
        response: { 200: commitmentOutput, ...writeResponses },
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const { id } = request.params;
      const version = await baseVersion(request, request.body.version, async () => {
        const now = await getCommitment(ctx, { id });
        return { version: now.version, tag: recordTag(TYPE, now) };
      });
      const view = await updateCommitment(ctx, { id, patch: { ...request.body, version } });
      reply.header('etag', recordTag(TYPE, view));
      return view;
    },
  );

  app.post(
    '/api/v1/commitments/:id/events',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary:
          'Record a pipeline event: status change, (partial) delivery, suspension, resumption, correction',
        params: idParams,
        headers: ifMatchHeaders,
        body: commitmentEventInput.extend({ version: versionField }),
        response: { 201: commitmentOutput, ...writeResponses },
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const { id } = request.params;
      const { version: bodyVersion, ...event } = request.body;
      const version = await baseVersion(request, bodyVersion, async () => {
        const now = await getCommitment(ctx, { id });
        return { version: now.version, tag: recordTag(TYPE, now) };
      });
      const view = await recordCommitmentEvent(ctx, { id, version, event });
      reply.header('etag', recordTag(TYPE, view));
      return reply.code(201).send(view);
    },
  );

  app.put(
    '/api/v1/commitments/:id/declared-values',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags: ['ledger'],
        summary: "Record the donor's declared value of an in-kind line (a valuation basis of the reports)",
        params: idParams,
        body: declaredValueInput,
        response: { 200: declaredValueOutput, ...writeResponses },
      },
    },
    async (request) =>
      declareLineValue(callerContext(request), { id: request.params.id, value: request.body }),
  );
}
