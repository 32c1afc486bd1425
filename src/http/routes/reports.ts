import * as z from 'zod';
import { reportBurden } from '../../app/reports/report-burden.ts';
import { pipelineInput, pipelineReport } from '../../app/reports/pipeline.types.ts';
import { followThroughInput, followThroughReport } from '../../app/reports/follow-through.types.ts';
import { reportFollowThrough } from '../../app/reports/report-follow-through.ts';
import { fairShareInput, fairShareReport } from '../../app/reports/fair-share.types.ts';
import { reportFairShare } from '../../app/reports/report-fair-share.ts';
import { reportClaims } from '../../app/reports/report-claims.ts';
import { reportPipeline } from '../../app/reports/report-pipeline.ts';
import { reportTargets } from '../../app/reports/report-targets.ts';
import { targetsInput, targetsReport } from '../../app/reports/targets.types.ts';
import { claimsReport } from '../../app/reports/claims.types.ts';
import { burdenInput, burdenReport } from '../../app/reports/report.types.ts';
import { equipmentReport, equipmentReportInput } from '../../app/reports/equipment.types.ts';
import { reportEquipment } from '../../app/reports/report-equipment.ts';
import { readFreshness } from '../../app/reference/read-freshness.ts';
import { reportValueOverTime } from '../../app/reports/report-value-over-time.ts';
import { valueOverTimeInput, valueOverTimeReport } from '../../app/reports/value-over-time.types.ts';
import { callerContext } from './ledger-common.ts';
import { sendKept } from '../cached-answer.ts';
import { errorResponses } from '../schemas/common.ts';
import type { Api } from '../server.ts';

/** Reports the report cache keeps: only computing one takes a heavy slot (request-limits.ts). */
const config = { permission: 'reports:read' as const, heavy: 'computing' as const };
/** A report computed on every request holds a heavy slot for the whole request. */
const uncached = { permission: 'reports:read' as const, heavy: true };

const freshnessSchema = z
  .object({
    data_changed_at: z
      .string()
      .nullable()
      .describe('Instant of the last change to a commitment, package, meeting or claim the caller may see'),
    rates_published_on: z.string().nullable().describe('The last day with ECB reference rates loaded'),
  })
  .meta({ id: 'Freshness' });

export function reportsRoutes(app: Api): void {
  app.get(
    '/api/v1/reports/burden',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'Burden sharing per donor: committed and delivered value, share, % of GDP, counting rules',
        querystring: burdenInput,
        response: { 200: burdenReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(request, reply, burdenReport, await reportBurden(callerContext(request), request.query)),
  );

  app.get(
    '/api/v1/reports/claims',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: 'Reported totals side by side, conflicting claims first, with their sources',
        response: { 200: claimsReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(request, reply, claimsReport, await reportClaims(callerContext(request))),
  );

  app.get(
    '/api/v1/reports/targets',
    {
      config,
      schema: {
        tags: ['reports'],
        summary: "NATO members' defence expenditure against 2 %, 3.5 % and 5 % of GDP for one year",
        querystring: targetsInput,
        response: { 200: targetsReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(request, reply, targetsReport, await reportTargets(callerContext(request), request.query)),
  );

  app.get(
    '/api/v1/reports/pipeline',
    {
      config,
      schema: {
        tags: ['reports'],
        summary:
          'The pipeline on a date: counts and values by status and donor, suspensions, overdue commitments',
        querystring: pipelineInput,
        response: { 200: pipelineReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(request, reply, pipelineReport, await reportPipeline(callerContext(request), request.query)),
  );

  app.get(
    '/api/v1/reports/follow-through',
    {
      config: uncached,
      schema: {
        tags: ['reports'],
        summary:
          'Per meeting: the commitments announced there and how much has since been committed, contracted and delivered',
        querystring: followThroughInput,
        response: { 200: followThroughReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(
        request,
        reply,
        followThroughReport,
        await reportFollowThrough(callerContext(request), request.query),
      ),
  );

  app.get(
    '/api/v1/reports/fair-share',
    {
      config,
      schema: {
        tags: ['reports'],
        summary:
          "Each donor's contribution in a year against Ukraine's ask, its GDP share and its NATO spending",
        querystring: fairShareInput,
        response: { 200: fairShareReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(request, reply, fairShareReport, await reportFairShare(callerContext(request), request.query)),
  );

  app.get(
    '/api/v1/reports/value-over-time',
    {
      config,
      schema: {
        tags: ['reports'],
        summary:
          'Aid value per month and mode of giving: committed (month of announcement) and delivered (month of delivery), monthly and cumulative',
        querystring: valueOverTimeInput,
        response: { 200: valueOverTimeReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(
        request,
        reply,
        valueOverTimeReport,
        await reportValueOverTime(callerContext(request), request.query),
      ),
  );

  app.get(
    '/api/v1/reports/equipment',
    {
      config,
      schema: {
        tags: ['reports'],
        summary:
          'Equipment given as aid, by catalogue system and category: quantities committed and delivered, commitments and donors',
        querystring: equipmentReportInput,
        response: { 200: equipmentReport, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendKept(request, reply, equipmentReport, await reportEquipment(callerContext(request), request.query)),
  );

  app.get(
    '/api/v1/freshness',
    {
      config: { permission: 'ledger:read' as const },
      schema: {
        tags: ['reports'],
        summary:
          'The dates every page names: the last change to a record the caller may see, and the last ECB exchange-rate day',
        response: {
          200: freshnessSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      // Kept between changes (readFreshness): its bytes are prepared once per change.
      sendKept(request, reply, freshnessSchema, await readFreshness(callerContext(request))),
  );
}
