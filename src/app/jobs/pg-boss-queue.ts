/**
 * The job queue on PostgreSQL, through pg-boss. Every process submits; `ramstein worker`
 * processes also work. pg-boss delivers a job to one worker, retries it with a growing delay when
 * an attempt fails, and delivers it again when its worker died (after JOB_TIMEOUT_SECONDS, found
 * by the workers' maintenance). The `jobs` table keeps what users see: state, progress, attempts,
 * result.
 */
import type { JobSettings } from '../../config/config.ts';
import type { Queryable } from '../../store/database.ts';
import { jobs } from '../../store/jobs.ts';
import type { PgBossTransport } from '../../store/jobs-pgboss.ts';
import type { AppContext } from '../context.ts';
import type { JobQueue } from './job-queue.ts';
import { InProcessQueue } from './in-process-queue.ts';
import { runJobAttempt } from './run-job.ts';

/** Deliveries pg-boss makes at most; the job's own `max_attempts` decides when it has failed. */
const DELIVERIES = 20;

export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private constructor(
    private readonly base: AppContext,
    private readonly transport: PgBossTransport,
    private readonly settings: JobSettings,
  ) {}

  static async open(
    base: AppContext,
    options: { url: string; settings: JobSettings; work: boolean },
  ): Promise<PgBossQueue> {
    const { settings } = options;
    // pg-boss and the PostgreSQL driver are loaded by processes that use them only.
    const { PgBossTransport } = await import('../../store/jobs-pgboss.ts');
    const transport = await PgBossTransport.start({
      url: options.url,
      connections: options.work ? settings.concurrency + 2 : 2,
      supervise: options.work,
      maintenanceSeconds: settings.maintenanceSeconds,
      onError: (error) => base.log.error({ err: error.message }, 'job queue error'),
    });
    const queue = new PgBossQueue(base, transport, settings);
    await queue.resendLost();
    if (options.work)
      for (let i = 0; i < settings.concurrency; i++)
        transport.work(
          (id) => queue.handle(id),
          (error) => base.log.error({ err: error.message }, 'job worker error'),
        );
    return queue;
  }

  ping(): Promise<void> {
    return this.transport.ping();
  }

  counts() {
    return jobs.counts(this.base.db);
  }

  enqueue(id: string, tx: Queryable): Promise<void> {
    return this.transport.send(id, tx, this.delivery());
  }

  private delivery() {
    return {
      retryDelaySeconds: this.settings.retryDelaySeconds,
      timeoutSeconds: this.settings.timeoutSeconds,
      deliveries: DELIVERIES,
    };
  }

  /**
   * Jobs queued or running in the `jobs` table that pg-boss does not know of (restored from a
   * dump by `ramstein db restore`) are handed to it again, so a worker takes them.
   */
  private async resendLost(): Promise<void> {
    const sent = await this.base.db.transaction(async (tx) =>
      this.transport.resend(await jobs.unfinished(tx), tx, this.delivery()),
    );
    if (sent.length) this.base.log.info({ jobs: sent.length }, 'unfinished jobs handed to the queue again');
  }

  close(): Promise<void> {
    return this.transport.stop();
  }

  /** `retry`: pg-boss schedules the next delivery, after its growing delay. */
  private async handle(id: string): Promise<'done' | 'retry'> {
    const outcome = await runJobAttempt(this.base, id);
    return outcome.outcome === 'retry' ? 'retry' : 'done';
  }
}

/** The queue of a process: pg-boss on PostgreSQL, the process itself on the embedded database. */
export async function openJobQueue(
  base: AppContext,
  options: { url: string | undefined; settings: JobSettings; work: boolean },
): Promise<JobQueue> {
  if (options.url) return PgBossQueue.open(base, { ...options, url: options.url });
  const queue = new InProcessQueue(base, options.settings);
  if (options.work) queue.start();
  return queue;
}
