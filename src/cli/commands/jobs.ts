/** `ramstein worker` runs queued jobs (PostgreSQL); `ramstein jobs list|show|retry` follows them. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { atMost } from '../arguments.ts';
import pino from 'pino';
import { loggerOptions } from '../../http/server.ts';
import { getJob, listJobs, retryJob, type JobView } from '../../app/jobs/manage-jobs.ts';
import { openJobQueue } from '../../app/jobs/pg-boss-queue.ts';
import { AppError } from '../../domain/errors.ts';
import { jobStates, type JobState } from '../../store/jobs.ts';
import { readAppOrServer, withApp, withAppOrServer } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';

const row = (j: JobView) => ({
  job: j.id,
  kind: j.kind,
  state: j.state,
  progress: `${j.progress.done}/${j.progress.total}`,
  attempts: `${j.attempts}/${j.max_attempts}`,
  submitted_by: j.submitted_by,
  submitted_at: j.submitted_at,
  error: j.error,
});

function stateOption(value: string): JobState {
  if (!(jobStates as readonly string[]).includes(value))
    throw new InvalidArgumentError(`choose one of ${jobStates.join(', ')}`);
  return value as JobState;
}

export function registerJobs(program: Command): void {
  program
    .command('worker')
    .description(
      'Run queued jobs (PostgreSQL): ingestion, imports, large exports; stops on SIGTERM after the jobs in hand',
    )
    .option('--concurrency <n>', 'jobs run at once, 1 to 64 (default WORKER_CONCURRENCY, 2)', atMost(64))
    .action(async (options: { concurrency?: number }, command: Command) => {
      await withApp(command, async (ctx, config) => {
        if (!config.databaseUrl)
          throw new AppError(
            'invalid_input',
            'ramstein worker needs DATABASE_URL (PostgreSQL); on the embedded database the server runs the jobs',
          );
        const concurrency = options.concurrency ?? config.jobs.concurrency;
        // Each job's start, end and failures go to the log, as the server's requests do.
        const log = pino(loggerOptions(config.logLevel, config.logFormat));
        const queue = await openJobQueue(
          { ...ctx, log },
          {
            url: config.databaseUrl,
            settings: { ...config.jobs, concurrency },
            work: true,
          },
        );
        print(`worker ${process.pid} running jobs, ${concurrency} at a time (${ctx.db.location})`);
        await new Promise<void>((resolve) => {
          process.once('SIGTERM', () => resolve());
          process.once('SIGINT', () => resolve());
        });
        print('stopping: finishing the jobs in hand');
        await queue.close();
      });
    });

  const jobs = program.command('jobs').description('Queued long work: list, show, retry');

  jobs
    .command('list')
    .description('Jobs, newest first')
    .option('--state <state>', jobStates.join(', '), stateOption)
    .option('--limit <n>', 'at most this many, up to 1000', atMost(1000), 50)
    .option('--json', 'machine-readable output')
    .action(async (options: { state?: JobState; limit: number; json?: boolean }, command: Command) => {
      const query = { state: options.state, limit: options.limit };
      const { items } = await readAppOrServer(command, { path: '/api/v1/jobs', query }, async (ctx) => ({
        items: await listJobs(ctx, query),
      }));
      if (options.json) return print(toJson(items));
      print(items.length ? formatTable(items.map(row)) : 'no jobs');
    });

  jobs
    .command('show')
    .description("A job's state, progress, attempts, result or error")
    .argument('<id>', 'job id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const job = await readAppOrServer(command, { path: `/api/v1/jobs/${encodeURIComponent(id)}` }, (ctx) =>
        getJob(ctx, id),
      );
      if (options.json) return print(toJson(job));
      print(formatTable([row(job as JobView)]));
      if (job.result !== null) print(`result: ${JSON.stringify(job.result)}`);
      if (job.output) print(`file: GET ${job.output}`);
    });

  jobs
    .command('retry')
    .description('Queue a failed job again, with a fresh allowance of attempts')
    .argument('<id>', 'job id')
    .action(async (id: string, _options, command: Command) => {
      // Beside a server, the server's own queue takes the job again.
      const job = await withAppOrServer(
        command,
        { method: 'POST', path: `/api/v1/jobs/${encodeURIComponent(id)}/retry` },
        async (ctx, config) => {
          // Each job's start, end and failures go to the log, as the server's requests do.
          const log = pino(loggerOptions(config.logLevel, config.logFormat));
          const queue = await openJobQueue(
            { ...ctx, log },
            {
              url: config.databaseUrl,
              settings: config.jobs,
              work: false,
            },
          );
          try {
            return await retryJob({ ...ctx, jobs: queue }, id);
          } finally {
            await queue.close();
          }
        },
      );
      print(
        `queued again: job ${job.id} (${job.kind}), attempt ${job.attempts + 1} of at most ${job.max_attempts}`,
      );
    });
}
