/**
 * The job queue of the embedded database: the server process runs its jobs itself, one at a
 * time, in the order they were submitted. The `jobs` table is the queue, so a job left unfinished
 * by a stopped or killed server is resumed at the next start. Failed attempts wait, doubling, as
 * on PostgreSQL.
 */
import { jobs } from '../../store/jobs.ts';
import type { AppContext } from '../context.ts';
import type { JobSettings } from '../../config/config.ts';
import type { JobQueue } from './job-queue.ts';
import { backoffMs, runJobAttempt } from './run-job.ts';

export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly notBefore = new Map<string, number>();
  private readonly live = new Map<string, { done: number; total: number }>();
  private draining: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private working = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly base: AppContext,
    private readonly settings: Pick<JobSettings, 'retryDelaySeconds'>,
  ) {}

  /** Resumes the jobs a previous process left unfinished. */
  start(): void {
    this.working = true;
    this.wake();
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('the job runner of this process is stopped');
  }

  counts() {
    return jobs.counts(this.base.db);
  }

  /** The job's row is the queue entry; `wake` after the submitting transaction commits. */
  async enqueue(): Promise<void> {}

  wake(): void {
    if (this.closed || !this.working) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.again) this.wake();
    });
  }

  liveProgress(id: string) {
    return this.live.get(id);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  private async drain(): Promise<void> {
    this.again = false;
    try {
      for (;;) {
        if (this.closed) return;
        const now = Date.now();
        const waiting = await jobs.unfinished(this.base.db);
        const next = waiting.find((id) => (this.notBefore.get(id) ?? 0) <= now);
        if (!next) return this.schedule(waiting);
        await this.attempt(next);
      }
    } catch (error) {
      // The database went away (or is closing): look again later rather than spin.
      this.base.log.warn({ err: String(error) }, 'job runner paused');
      this.schedule([], this.settings.retryDelaySeconds * 1000);
    }
  }

  private async attempt(id: string): Promise<void> {
    this.live.set(id, { done: 0, total: 1 });
    try {
      const outcome = await runJobAttempt(this.base, id, (done, total) => this.live.set(id, { done, total }));
      if (outcome.outcome === 'retry') {
        const row = await jobs.get(this.base.db, id);
        this.notBefore.set(
          id,
          Date.now() + backoffMs(row?.attempts ?? 1, this.settings.retryDelaySeconds * 1000),
        );
      } else this.notBefore.delete(id);
    } finally {
      this.live.delete(id);
    }
  }

  /** Wakes up when the first waiting job may be attempted again. */
  private schedule(waiting: string[], fixedMs?: number): void {
    clearTimeout(this.timer);
    const times = waiting.map((id) => this.notBefore.get(id) ?? 0);
    const delay = fixedMs ?? (times.length ? Math.max(Math.min(...times) - Date.now(), 0) : undefined);
    if (delay === undefined || this.closed) return;
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }
}
