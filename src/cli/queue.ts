/**
 * `--queue` on the commands that start long work: the work becomes jobs instead of running here.
 * On PostgreSQL `ramstein worker` processes run them; on the embedded database the server runs
 * them when it starts, or this command does with `--wait`. `--wait` follows the jobs to their end.
 */
import type { AppContext } from '../app/context.ts';
import type { JobKindName, JobPayload } from '../app/jobs/job-kinds.ts';
import { getJob, submitJob, type JobView } from '../app/jobs/manage-jobs.ts';
import { openJobQueue } from '../app/jobs/pg-boss-queue.ts';
import type { Config } from '../config/config.ts';
import { AppError } from '../domain/errors.ts';
import { formatTable, print, toJson } from './output.ts';
import { progressLine } from './progress.ts';

export interface QueueOptions {
  queue?: boolean;
  wait?: boolean;
  json?: boolean;
  key?: string;
}

export const queueOptionHelp = {
  queue:
    'queue the work as a job (`ramstein worker` runs it on PostgreSQL, the server on the embedded database)',
  wait: 'with --queue: wait until the job ends, showing its progress',
  key: 'with --queue: idempotency key (the same key again returns the same job)',
};

export type Submission = { [K in JobKindName]: { kind: K; payload: JobPayload<K> } }[JobKindName];

const finished = (job: JobView) => job.state === 'completed' || job.state === 'failed';

export async function queueWork(
  base: AppContext,
  config: Config,
  submissions: readonly Submission[],
  options: QueueOptions,
): Promise<JobView[]> {
  const embedded = !config.databaseUrl;
  const queue = await openJobQueue(base, {
    url: config.databaseUrl,
    settings: config.jobs,
    work: embedded && options.wait === true,
  });
  const ctx: AppContext = { ...base, jobs: queue };
  try {
    let views: JobView[] = [];
    let queued = 0;
    for (const [i, s] of submissions.entries()) {
      const key = options.key && submissions.length > 1 ? `${options.key}:${i}` : options.key;
      const { job, created } = await submitJob(ctx, s.kind, s.payload as never, { key });
      views.push(job);
      if (created) queued++;
      if (!options.json && !options.wait)
        print(`${created ? 'queued' : 'already submitted'}: job ${job.id} (${job.kind}, ${job.state})`);
    }
    if (!options.wait) {
      if (!options.json && embedded && queued)
        print(
          'the server runs queued jobs when it starts (embedded database); follow them with `ramstein jobs list`',
        );
      if (options.json) print(toJson(views));
      return views;
    }
    const progress = progressLine('jobs');
    while (!views.every(finished)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      views = await Promise.all(views.map((v) => getJob(ctx, v.id)));
      progress?.(views.filter(finished).length, views.length);
    }
    if (options.json) print(toJson(views));
    else
      print(
        formatTable(
          views.map((v) => ({
            job: v.id,
            kind: v.kind,
            state: v.state,
            attempts: v.attempts,
            error: v.error,
          })),
        ),
      );
    const failed = views.filter((v) => v.state === 'failed');
    if (failed.length)
      throw new AppError(
        'unavailable',
        `${failed.length} job(s) failed: ${failed[0]!.error ?? 'see ramstein jobs show'}`,
      );
    return views;
  } finally {
    await queue.close();
  }
}
