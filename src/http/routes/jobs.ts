/** /api/v1/jobs: long work queued by its submitter, followed to its result; and the imports that start it. */
import * as z from 'zod';
import { importEdition, editionSources } from '../../app/editions/import-edition.ts';
import { importLedger } from '../../app/interchange/import-ledger.ts';
import { getJob, getJobOutput, listJobs, retryJob } from '../../app/jobs/manage-jobs.ts';
import { asyncHeaders, asyncQuery, jobSchema, queueJob, wantsAsync } from '../async-work.ts';
import { checkpointExport } from './exports.ts';
import { errorResponses, problemSchema } from '../schemas/common.ts';
import { ledgerDocument } from '../schemas/ledger-document.ts';
import type { Api } from '../server.ts';
import { callerContext, idParams } from './ledger-common.ts';

/** Imports are whole files: larger than the API's usual limit. */
const importBodyLimit = 64 * 1024 * 1024;

export function jobRoutes(app: Api): void {
  // Seen by its submitter, administrators and coordinators; anyone else is told it does not exist.
  const signedIn = { permission: 'public' as const };

  app.get(
    '/api/v1/jobs',
    {
      config: signedIn,
      schema: {
        tags: ['jobs'],
        summary: 'Jobs, newest first: your own, or every job for administrators and coordinators',
        querystring: z.object({
          state: z.enum(['queued', 'running', 'completed', 'failed']).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(50),
        }),
        response: { 200: z.object({ items: z.array(jobSchema) }), ...errorResponses, 401: problemSchema },
      },
    },
    async (request) => ({ items: await listJobs(callerContext(request), request.query) }),
  );

  app.get(
    '/api/v1/jobs/:id',
    {
      config: signedIn,
      schema: {
        tags: ['jobs'],
        summary: "A job's state, progress, attempts and result",
        params: idParams,
        response: { 200: jobSchema, ...errorResponses, 401: problemSchema },
      },
    },
    async (request, reply) => {
      const job = await getJob(callerContext(request), request.params.id);
      reply.header('cache-control', 'no-store');
      if (job.state === 'queued' || job.state === 'running') reply.header('retry-after', '2');
      return job;
    },
  );

  app.get(
    '/api/v1/jobs/:id/output',
    {
      config: { ...signedIn, media: { 'application/octet-stream': 'string' } },
      schema: {
        tags: ['jobs'],
        summary: 'The file a finished export job wrote (JSON or IATI XML)',
        params: idParams,
      },
    },
    async (request, reply) => {
      const { text, type } = await getJobOutput(callerContext(request), request.params.id);
      // A job's output is an export leaving the server.
      await checkpointExport(request);
      const extension = type.startsWith('application/xml') ? 'xml' : 'json';
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename="ramstein-${request.params.id}.${extension}"`)
        .send(text);
    },
  );

  app.post(
    '/api/v1/jobs/:id/retry',
    {
      config: signedIn,
      schema: {
        tags: ['jobs'],
        summary: 'Queues a failed job again, with a fresh allowance of attempts',
        params: idParams,
        response: { 200: jobSchema, ...errorResponses, 401: problemSchema, 409: problemSchema },
      },
    },
    async (request) => retryJob(callerContext(request), request.params.id),
  );

  app.post(
    '/api/v1/imports/ledger',
    {
      bodyLimit: importBodyLimit,
      config: { permission: 'ledger:write', heavy: true },
      schema: {
        tags: ['jobs'],
        summary:
          'Imports a ledger document: atomic and idempotent (202 and a job when asked to respond async)',
        headers: asyncHeaders,
        querystring: asyncQuery,
        body: ledgerDocument,
        response: {
          200: z.record(
            z.string(),
            z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
          ),
          202: jobSchema,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const document = request.body as Record<string, unknown[]>;
      if (wantsAsync(request)) return queueJob(request, reply, 'import-ledger', { document });
      return importLedger(callerContext(request), document);
    },
  );

  app.post(
    '/api/v1/imports/editions',
    {
      bodyLimit: importBodyLimit,
      config: { permission: 'reference:write', heavy: true },
      schema: {
        tags: ['jobs'],
        summary: "Imports a data set's release as an edition (202 and a job when asked to respond async)",
        headers: asyncHeaders,
        querystring: asyncQuery,
        body: z
          .object({
            source: z.enum(editionSources),
            release: z.string().min(1).max(64),
            files: z
              .record(z.string().max(200), z.string())
              .describe('File name → content, as in the release'),
          })
          .strict(),
        response: {
          200: z.object({ id: z.string(), status: z.enum(['imported', 'unchanged']) }).passthrough(),
          202: jobSchema,
          ...errorResponses,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      if (wantsAsync(request)) return queueJob(request, reply, 'import-edition', request.body);
      const { source, release, files } = request.body;
      const result = await importEdition(callerContext(request), {
        source,
        release,
        files: new Map(Object.entries(files)),
      });
      return { ...result };
    },
  );
}
