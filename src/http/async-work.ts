/**
 * Long work answered later: a route that starts long work runs it within the request by default,
 * and queues it as a job when the client asks (`Prefer: respond-async`, or `?async=1`), answering
 * 202 with the job and its address in Location. An `Idempotency-Key` header names the job: the
 * same key again returns the same job instead of doing the work twice.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import type { JobKindName, JobPayload } from '../app/jobs/job-kinds.ts';
import { submitJob } from '../app/jobs/manage-jobs.ts';
import { callerContext } from './routes/ledger-common.ts';

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('ingest-article, import-ledger, import-edition or export-ledger'),
    state: z.enum(['queued', 'running', 'completed', 'failed']),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    attempts: z.number().int(),
    max_attempts: z.number().int(),
    submitted_by: z.string(),
    submitted_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
    result: z.unknown().describe('What the work answers when run within a request'),
    error: z.string().nullable(),
    output: z.string().nullable().describe('Where the file of a finished export is downloaded'),
  })
  .meta({ id: 'Job' });

export const asyncHeaders = z.object({
  prefer: z.string().max(200).optional().describe('`respond-async` to queue the work as a job (202)'),
  'idempotency-key': z
    .string()
    .max(200)
    .optional()
    .describe('Names the job: the same key again returns the same job'),
});

export const asyncQuery = z.object({
  async: z.enum(['0', '1', 'true', 'false']).optional().describe('1: queue the work as a job (202)'),
});

export function wantsAsync(request: FastifyRequest): boolean {
  const prefer = request.headers.prefer;
  const query = request.query as { async?: string } | undefined;
  return (
    (typeof prefer === 'string' && /(^|[,;\s])respond-async\b/i.test(prefer)) ||
    query?.async === '1' ||
    query?.async === 'true'
  );
}

/** Queues the work and answers 202 with the job; the caller returns what this answers. */
export async function queueJob<K extends JobKindName>(
  request: FastifyRequest,
  reply: FastifyReply,
  kind: K,
  payload: JobPayload<K>,
) {
  const key = request.headers['idempotency-key'];
  const { job } = await submitJob(callerContext(request), kind, payload, {
    key: typeof key === 'string' ? key : undefined,
  });
  return reply
    .code(202)
    .header('location', `/api/v1/jobs/${job.id}`)
    .header('preference-applied', 'respond-async')
    .send(job as never);
}
