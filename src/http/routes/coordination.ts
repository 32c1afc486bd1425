/**
 * Coordination of the contact group: requirements lists and their coverage, the timeline of
 * policy events, the registry of officials and name checks, briefing packs, the calendar feed and
 * the record of a meeting.
 */
import * as z from 'zod';
import { buildBrief } from '../../app/briefing/build-brief.ts';
import { meetingCalendar, suggestNextMeeting } from '../../app/briefing/meeting-calendar.ts';
import { meetingPage, meetingRecordInput, recordMeeting } from '../../app/briefing/record-meeting.ts';
import { renderBriefMarkdown } from '../../app/briefing/render-brief-md.ts';
import { renderBriefPdf } from '../../app/briefing/render-brief-pdf.ts';
import { acceptLanguageHeader, langQuery, packLanguage } from '../pack-language.ts';
import { checkPeople, sourcePeopleFlags } from '../../app/people/check-people.ts';
import { listPeople } from '../../app/people/list-people.ts';
import { personOutput } from '../../app/people/person.types.ts';
import {
  diffRequirementList,
  getRequirementList,
  listRequirementLists,
} from '../../app/requirements/get-requirement-list.ts';
import { importRequirementList } from '../../app/requirements/import-requirement-list.ts';
import { linkRequirement, unlinkRequirement } from '../../app/requirements/link-requirement.ts';
import { reportCoverage } from '../../app/requirements/report-coverage.ts';
import { requirementsToCsv } from '../../app/requirements/requirements-csv.ts';
import { requirementListInput, requirementListOutput } from '../../app/requirements/requirement.types.ts';
import { listTimeline, timelineKinds } from '../../app/timeline/list-timeline.ts';
import { errorResponses, isoDate } from '../schemas/common.ts';
import {
  briefingPack,
  coverageReport,
  meetingPage as meetingPageSchema,
  meetingRecorded,
  requirementDiff,
  requirementListImport,
  requirementListSummary,
  suggestedSession,
  timelineEntry,
} from '../schemas/coordination.ts';
import type { Api } from '../server.ts';
import { callerContext, idParams, writeResponses } from './ledger-common.ts';

const read = { permission: 'ledger:read' as const };
/** A long article is some 50,000 characters; the check's work grows with the text, so it is bounded. */
const PEOPLE_CHECK_MAX_CHARS = 200_000;
const reports = { permission: 'reports:read' as const, heavy: true };
const write = { permission: 'ledger:write' as const };
const party = z
  .string()
  .max(32)
  .transform((v) => v.toUpperCase());

const nameFlag = z.object({
  kind: z.enum(['misspelled', 'first_name_mismatch', 'title_held_by_other', 'title_not_held']),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  person: z.string(),
  message: z.string(),
});

function requirementRoutes(app: Api): void {
  app.get(
    '/api/v1/requirements',
    {
      config: read,
      schema: {
        tags: ['coordination'],
        summary: 'Requirements lists',
        querystring: z.object({ recipient: party.optional() }),
        response: { 200: z.object({ items: z.array(requirementListSummary) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await listRequirementLists(callerContext(request), request.query.recipient ?? null),
    }),
  );

  app.post(
    '/api/v1/requirements',
    {
      config: write,
      schema: {
        tags: ['coordination'],
        summary: 'Import a requirements list: a new edition when it differs from the current one',
        body: requirementListInput,
        response: { 200: requirementListImport, ...writeResponses },
      },
    },
    async (request) => importRequirementList(callerContext(request), request.body),
  );

  app.get(
    '/api/v1/requirements/:id',
    {
      config: { ...read, media: { 'text/csv': 'string' } },
      schema: {
        tags: ['coordination'],
        summary: 'A requirements list at its current or an earlier edition, as JSON or CSV',
        params: idParams,
        querystring: z.object({
          edition: z.coerce.number().int().min(1).optional(),
          format: z.enum(['json', 'csv']).default('json'),
        }),
        response: { 200: requirementListOutput, ...errorResponses },
      },
    },
    async (request, reply) => {
      const list = await getRequirementList(callerContext(request), {
        id: request.params.id,
        edition: request.query.edition,
      });
      if (request.query.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(requirementsToCsv(list) as never);
      }
      return list;
    },
  );

  app.get(
    '/api/v1/requirements/:id/diff',
    {
      config: read,
      schema: {
        tags: ['coordination'],
        summary: 'What changed between two editions of a list',
        params: idParams,
        querystring: z.object({
          from: z.coerce.number().int().min(1),
          to: z.coerce.number().int().min(1).optional(),
        }),
        response: { 200: requirementDiff, ...errorResponses },
      },
    },
    async (request) =>
      diffRequirementList(callerContext(request), {
        id: request.params.id,
        ...request.query,
      }),
  );

  app.put(
    '/api/v1/requirements/:id/items/:key/links/:commitment',
    {
      config: write,
      schema: {
        tags: ['coordination'],
        summary: 'Link a commitment (or one of its lines) to a requirement',
        params: z.object({
          id: z.string().max(120),
          key: z.string().max(120),
          commitment: z.string().max(120),
        }),
        body: z
          .object({
            line: z.number().int().min(1).nullable().optional(),
            quantity: z.number().int().nonnegative().nullable().optional(),
            note: z.string().max(2000).nullable().optional(),
          })
          .strict(),
        response: { 200: z.object({ changed: z.boolean() }), ...writeResponses },
      },
    },
    async (request) =>
      linkRequirement(callerContext(request), {
        list: request.params.id,
        key: request.params.key,
        commitment: request.params.commitment,
        ...request.body,
      }),
  );

  app.delete(
    '/api/v1/requirements/:id/items/:key/links/:commitment',
    {
      config: write,
      schema: {
        tags: ['coordination'],
        summary: 'Remove the link between a commitment and a requirement',
        params: z.object({
          id: z.string().max(120),
          key: z.string().max(120),
          commitment: z.string().max(120),
        }),
        response: { 200: z.object({ changed: z.boolean() }), ...writeResponses },
      },
    },
    async (request) =>
      unlinkRequirement(callerContext(request), {
        list: request.params.id,
        key: request.params.key,
        commitment: request.params.commitment,
      }),
  );

  app.get(
    '/api/v1/reports/coverage',
    {
      config: reports,
      schema: {
        tags: ['reports'],
        summary: 'Coverage of a requirements list by pipeline state, gaps, and suggested links',
        querystring: z.object({
          list: z.string().max(120).default('ua-priorities-demo'),
          edition: z.coerce.number().int().min(1).optional(),
          as_of: isoDate.optional(),
        }),
        response: { 200: coverageReport, ...errorResponses },
      },
    },
    async (request) => reportCoverage(callerContext(request), request.query),
  );
}

function timelineRoutes(app: Api): void {
  app.get(
    '/api/v1/timeline',
    {
      config: read,
      schema: {
        tags: ['coordination'],
        summary: 'Policy events, due dates and meetings by date',
        querystring: z.object({
          party: party.optional(),
          kind: z.enum(timelineKinds).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
        response: { 200: z.object({ items: z.array(timelineEntry) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listTimeline(callerContext(request), request.query) }),
  );

  app.get(
    '/api/v1/people',
    {
      config: read,
      schema: {
        tags: ['coordination'],
        summary: 'Officials and the offices they held, with sources',
        querystring: z.object({
          role: z.string().max(64).optional(),
          party: party.optional(),
          on: isoDate.optional(),
        }),
        response: { 200: z.object({ items: z.array(personOutput) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listPeople(callerContext(request), request.query, { limit: 10_000, offset: 0 })).items,
    }),
  );

  app.post(
    '/api/v1/people/check',
    {
      // Checking free text is review work, not reading: the public may not spend the server's time on it.
      config: { permission: 'extract:run' },
      schema: {
        tags: ['coordination'],
        summary: 'Check the names in a text against the registry of officials on a date',
        body: z
          .object({
            text: z.string().min(1).max(PEOPLE_CHECK_MAX_CHARS),
            date: isoDate.nullable().optional(),
          })
          .strict(),
        response: { 200: z.object({ flags: z.array(nameFlag) }), ...errorResponses },
      },
    },
    async (request) => ({
      flags: await checkPeople(callerContext(request), {
        text: request.body.text,
        date: request.body.date ?? null,
      }),
    }),
  );

  app.get(
    '/api/v1/review/:id/people',
    {
      config: read,
      schema: {
        tags: ['review'],
        summary: "Name flags of a review candidate's source (or of a source id), beside the candidate",
        params: idParams,
        response: {
          200: z.object({
            source_id: z.string(),
            published_on: z.string().nullable(),
            flags: z.array(nameFlag.extend({ near_candidate: z.boolean() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => sourcePeopleFlags(callerContext(request), request.params.id),
  );
}

function meetingRoutes(app: Api): void {
  app.get(
    '/api/v1/meetings/:id/brief',
    {
      config: { ...reports, media: { 'text/markdown': 'string', 'application/pdf': 'binary' } },
      schema: {
        tags: ['coordination'],
        summary: 'Briefing pack of a meeting as JSON, Markdown or PDF',
        description:
          'The JSON form says what each line is by id, for the client to word. The Markdown and PDF forms are worded by the server in English or French: the `lang` query parameter chooses, else the `Accept-Language` header; the answer names its language in `Content-Language`.',
        params: idParams,
        querystring: z.object({ format: z.enum(['json', 'md', 'pdf']).default('json'), lang: langQuery }),
        headers: z.object({ 'accept-language': acceptLanguageHeader }),
        response: { 200: briefingPack, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const brief = await buildBrief(ctx, request.params.id);
      if (request.query.format === 'json') return brief;
      // Text and PDF bodies are sent as they are; only the JSON form goes through the schema.
      const lang = packLanguage(request.query.lang, request.headers['accept-language']);
      reply.header('content-language', lang);
      if (!request.query.lang) reply.header('vary', 'accept-language');
      if (request.query.format === 'md')
        return reply.type('text/markdown; charset=utf-8').send(renderBriefMarkdown(brief, lang) as never);
      if (request.query.format === 'pdf') {
        const pdf = await renderBriefPdf(brief, ctx.clock.now(), lang);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="brief-${brief.meeting.id}.pdf"`)
          .send(pdf as never);
      }
      return brief;
    },
  );

  app.get(
    '/api/v1/meetings/:id/record',
    {
      config: read,
      schema: {
        tags: ['coordination'],
        summary:
          'The meeting page: the meeting, its attendance and decisions, and the commitments announced there',
        params: idParams,
        response: { 200: meetingPageSchema, ...errorResponses },
      },
    },
    async (request) => meetingPage(callerContext(request), request.params.id),
  );

  app.put(
    '/api/v1/meetings/:id/record',
    {
      config: write,
      schema: {
        tags: ['coordination'],
        summary:
          'Record attendance (with substitutes), decisions and announcements (as commitments) of a meeting',
        params: idParams,
        body: meetingRecordInput,
        response: { 200: meetingRecorded, ...writeResponses },
      },
    },
    async (request) => recordMeeting(callerContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/meetings/next',
    {
      config: read,
      schema: {
        tags: ['coordination'],
        summary: 'The next contact-group session suggested from the median interval of past sessions',
        response: { 200: suggestedSession.nullable(), ...errorResponses },
      },
    },
    async (request) => suggestNextMeeting(callerContext(request)),
  );

  app.get(
    '/api/v1/calendar.ics',
    {
      config: { ...read, media: { 'text/calendar': 'string' } },
      schema: { tags: ['coordination'], summary: 'Meetings as an iCalendar feed (RFC 5545)' },
    },
    async (request, reply) =>
      reply.type('text/calendar; charset=utf-8').send(await meetingCalendar(callerContext(request))),
  );
}

export function coordinationRoutes(app: Api): void {
  requirementRoutes(app);
  timelineRoutes(app);
  meetingRoutes(app);
}
