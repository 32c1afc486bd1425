/**
 * One attempt at one job, the same whichever queue delivers it. The job's effect and its
 * completion mark are committed in one transaction, taken under a per-job lock: a second delivery
 * of a job (a worker killed after committing, a job that outlived its time limit) waits for the
 * first, finds it completed and does nothing.
 */
import { roles, systemActor, type Actor, type Role } from '../../domain/access/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { jobs, submitterRights, withinTransaction, type JobRow } from '../../store/jobs.ts';
import type { AppContext } from '../context.ts';
import { jobKinds, type JobKindName, type Progress } from './job-kinds.ts';

export type AttemptOutcome =
  | { outcome: 'completed' | 'skipped' }
  | { outcome: 'failed'; error: string }
  /** Worth another attempt: the queue schedules it, after a delay that grows. */
  | { outcome: 'retry'; error: string };

/** Errors that another attempt would meet again: the input or the caller's rights are wrong. */
const permanent = new Set([
  'invalid_input',
  'bad_request',
  'not_found',
  'conflict',
  'forbidden',
  'unauthenticated',
]);

/**
 * The job acts for its submitter with the rights the submitter holds when it runs, not when it
 * was queued: a disabled account or a revoked token stops its queued jobs, a changed role applies.
 */
async function submitterNow(base: AppContext, job: JobRow): Promise<Actor> {
  if (job.submitted_by === systemActor.id) return systemActor;
  const rights = await submitterRights(base.db, job.submitted_by, base.clock.now());
  if (!rights)
    throw new AppError(
      'forbidden',
      `${job.submitted_by} can no longer act (account disabled or token revoked)`,
    );
  const role = (roles as readonly string[]).includes(rights.role) ? (rights.role as Role) : 'public';
  return { id: job.submitted_by, role, party: rights.party };
}

/** Progress is written to the job's row at most this often while it runs. */
const PROGRESS_EVERY_MS = 1000;

/**
 * How far an attempt got, kept in the job's row. On PostgreSQL it is written as the work goes, on
 * another connection (the job's own transaction is open and would hide it); the embedded database
 * has one connection, held by the job's transaction, so there the row gets it when the attempt
 * ends. Either way the attempt's final figure is written in its transaction, with the result, or
 * with the error of a failed attempt.
 */
function progressRecord(base: AppContext, id: string, listener: Progress) {
  let last: { done: number; total: number } | undefined;
  let written = 0;
  const tell: Progress = (done, total) => {
    last = { done, total };
    listener(done, total);
    const now = Date.now();
    if (base.db.kind !== 'postgres' || (now - written < PROGRESS_EVERY_MS && done < total)) return;
    written = now;
    jobs.progress(base.db, id, done, total).catch(() => undefined);
  };
  return {
    tell,
    /** Writes the last figure in `db` (the job's transaction, or after it failed). */
    async save(db: Queryable) {
      if (last) await jobs.progress(db, id, last.done, last.total);
    },
  };
}

export async function runJobAttempt(
  base: AppContext,
  id: string,
  progress: Progress = () => undefined,
): Promise<AttemptOutcome> {
  const job = await jobs.startAttempt(base.db, id, base.clock.now());
  if (!job) return { outcome: 'skipped' };
  const record = progressRecord(base, id, progress);
  const kind = jobKinds[job.kind as JobKindName];
  const log = { job: id, kind: job.kind, attempt: job.attempts };
  try {
    if (!kind) throw new AppError('invalid_input', `unknown kind of job "${job.kind}"`);
    const payload = kind.payload.parse(job.payload);
    const actor = await submitterNow(base, job);
    const done = await base.db.transaction(async (tx) => {
      if ((await jobs.lockForRun(tx, id)) === 'completed') return false;
      const ctx: AppContext = {
        ...base,
        db: withinTransaction(base.db, tx),
        actor,
        requestId: `job:${id}`,
      };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const output = await kind.run(ctx, payload as any, record.tell);
      await record.save(tx);
      await jobs.complete(tx, id, { ...output, now: base.clock.now() });
      return true;
    });
    base.log.info(log, done ? 'job completed' : 'job already completed by an earlier attempt');
    return { outcome: done ? 'completed' : 'skipped' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final =
      (error instanceof AppError && permanent.has(error.code)) ||
      (error instanceof Error && error.name === 'ZodError') ||
      job.attempts >= job.max_attempts;
    // How far it got, while the row still says running (the work itself was rolled back).
    await record.save(base.db).catch(() => undefined);
    await jobs.attemptFailed(base.db, id, message, final, base.clock.now());
    base.log.warn(
      { ...log, err: message, final },
      final ? 'job failed' : 'job attempt failed; it will be retried',
    );
    return { outcome: final ? 'failed' : 'retry', error: message };
  }
}

/** Delay before attempt `attempt + 1`: doubling from `baseMs`, at most an hour. */
export const backoffMs = (attempt: number, baseMs: number): number =>
  Math.min(baseMs * 2 ** Math.max(attempt - 1, 0), 3_600_000);
