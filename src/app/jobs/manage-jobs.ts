/**
 * Submitting a job and following it: its status, progress, result and file. A job is seen by
 * whoever submitted it, and by administrators and coordinators (the secretariat); to anyone else
 * it does not exist.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { AuditAction } from '../../domain/audit/actions.ts';
import { appendAudit, canonicalJson } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { jobs, type JobRow, type JobState } from '../../store/jobs.ts';
import type { AppContext } from '../context.ts';
import { jobKinds, type JobKindName, type JobPayload } from './job-kinds.ts';

export interface JobView {
  id: string;
  kind: string;
  state: JobState;
  progress: { done: number; total: number };
  attempts: number;
  max_attempts: number;
  submitted_by: string;
  submitted_at: string;
  started_at: string | null;
  finished_at: string | null;
  result: unknown;
  error: string | null;
  /** Where the job's file is downloaded, once it has one. */
  output: string | null;
}

/** Attempts a job gets before it is failed for good (and again after `jobs retry`). */
export const defaultAttempts = 3;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function jobView(row: JobRow, live?: { done: number; total: number }): JobView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    progress: live && row.state === 'running' ? live : { done: row.progress_done, total: row.progress_total },
    attempts: row.attempts,
    max_attempts: row.max_attempts,
    submitted_by: row.submitted_by,
    submitted_at: iso(row.submitted_at)!,
    started_at: iso(row.started_at),
    finished_at: iso(row.finished_at),
    result: row.result ?? null,
    error: row.error,
    output: row.output_type ? `/api/v1/jobs/${row.id}/output` : null,
  };
}

/** What the trail keeps of a job: never its payload (a whole ledger file), only its digest. */
const auditedJob = (row: JobRow, payloadDigest?: string) => ({
  kind: row.kind,
  state: row.state,
  attempts: row.attempts,
  max_attempts: row.max_attempts,
  submitted_by: row.submitted_by,
  ...(payloadDigest ? { payload_sha256: payloadDigest } : {}),
  ...(row.error ? { error: row.error } : {}),
});

async function auditJob(
  ctx: AppContext,
  tx: Queryable,
  action: AuditAction,
  id: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await appendAudit(
    tx,
    { actor: ctx.actor.id, action, recordType: 'job', recordId: id, before, after, requestId: ctx.requestId },
    ctx.clock.now(),
  );
}

const seesEveryJob = (actor: Actor) => actor.role === 'admin' || actor.role === 'coordinator';

export async function submitJob<K extends JobKindName>(
  ctx: AppContext,
  kindName: K,
  payload: JobPayload<K>,
  options: { key?: string | undefined; attempts?: number } = {},
): Promise<{ job: JobView; created: boolean }> {
  const kind = jobKinds[kindName];
  requirePermission(ctx.actor, kind.permission);
  const parsed = kind.payload.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_input', `${issue.path.join('.') || 'payload'}: ${issue.message}`);
  }
  const queue = ctx.jobs;
  if (!queue) throw new AppError('unavailable', 'no job queue runs in this process');
  if (options.key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(options.key))
    throw new AppError('invalid_input', 'idempotency key: 1 to 200 visible ASCII characters');
  // Without a key of the caller's, the same work submitted again is the same job.
  const key =
    options.key ??
    createHash('sha256')
      .update(`${kindName}\n${canonicalJson(parsed.data)}`)
      .digest('hex');
  const { job, created } = await ctx.db.transaction(async (tx) => {
    const stored = await jobs.submit(tx, {
      id: `job-${randomUUID()}`,
      kind: kindName,
      idempotency_key: `${kindName}:${key}`,
      submitted_by: ctx.actor.id,
      submitter_role: ctx.actor.role,
      submitter_party: ctx.actor.party,
      payload: parsed.data,
      max_attempts: options.attempts ?? defaultAttempts,
      submitted_at: ctx.clock.now(),
    });
    if (stored.created) {
      await queue.enqueue(stored.job.id, tx);
      const digest = createHash('sha256').update(canonicalJson(parsed.data)).digest('hex');
      await auditJob(ctx, tx, 'job.submitted', stored.job.id, null, auditedJob(stored.job, digest));
    }
    return stored;
  });
  if (created) queue.wake?.();
  ctx.log.info({ job: job.id, kind: kindName, created }, created ? 'job queued' : 'job already submitted');
  return { job: jobView(job), created };
}

async function visibleJob(ctx: AppContext, id: string): Promise<JobRow> {
  if (ctx.actor.role === 'public') throw new AppError('unauthenticated', 'sign in to see your jobs');
  const row = await jobs.get(ctx.db, id);
  if (!row || (!seesEveryJob(ctx.actor) && row.submitted_by !== ctx.actor.id))
    throw new AppError('not_found', `no job ${id}`);
  return row;
}

export async function getJob(ctx: AppContext, id: string): Promise<JobView> {
  return jobView(await visibleJob(ctx, id), ctx.jobs?.liveProgress?.(id));
}

export async function getJobOutput(ctx: AppContext, id: string): Promise<{ text: string; type: string }> {
  const row = await visibleJob(ctx, id);
  const { output, output_type } = await jobs.output(ctx.db, row.id);
  if (output === null || output_type === null)
    throw new AppError('not_found', `job ${id} has no file${row.state === 'completed' ? '' : ' yet'}`);
  return { text: output, type: output_type };
}

export async function listJobs(
  ctx: AppContext,
  filter: { state?: JobState | undefined; limit?: number | undefined } = {},
): Promise<JobView[]> {
  if (ctx.actor.role === 'public') throw new AppError('unauthenticated', 'sign in to see your jobs');
  const rows = await jobs.list(ctx.db, {
    state: filter.state,
    submittedBy: seesEveryJob(ctx.actor) ? undefined : ctx.actor.id,
    limit: Math.min(filter.limit ?? 50, 1000),
  });
  return rows.map((row) => jobView(row, ctx.jobs?.liveProgress?.(row.id)));
}

/** A failed job queued again with a fresh allowance of attempts. */
export async function retryJob(ctx: AppContext, id: string): Promise<JobView> {
  const row = await visibleJob(ctx, id);
  const queue = ctx.jobs;
  if (!queue) throw new AppError('unavailable', 'no job queue runs in this process');
  await ctx.db.transaction(async (tx) => {
    const requeued = await jobs.requeue(tx, row.id, defaultAttempts);
    if (!requeued) throw new AppError('conflict', `job ${id} is ${row.state}: only a failed job is retried`);
    await queue.enqueue(row.id, tx);
    await auditJob(ctx, tx, 'job.retried', row.id, auditedJob(requeued.before), auditedJob(requeued.after));
  });
  queue.wake?.();
  ctx.log.info({ job: id }, 'job queued again');
  return getJob(ctx, id);
}
