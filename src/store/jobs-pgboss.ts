/**
 * pg-boss, the job transport on PostgreSQL (its own `pgboss` schema in the same database): one
 * queue of job ids, sent inside the transaction that stores the job, delivered to one worker at a
 * time, with retries after a growing delay and redelivery of jobs whose worker died.
 */
import PgBoss from 'pg-boss';
import { sql } from 'kysely';
import type { Queryable } from './database.ts';
import { rowsOf } from './kysely.ts';

const QUEUE = 'ramstein-jobs';

export interface PgBossSettings {
  url: string;
  /** Connections pg-boss keeps. */
  connections: number;
  /** Expire jobs lost with their worker, archive old ones (workers do; submitters need not). */
  supervise: boolean;
  maintenanceSeconds: number;
  onError(error: Error): void;
}

export interface Delivery {
  retryDelaySeconds: number;
  /** A job still active after this long is taken for lost with its worker and delivered again. */
  timeoutSeconds: number;
  /** Deliveries at most. */
  deliveries: number;
}

/** How long an idle worker loop waits before looking for jobs again. */
const IDLE_MS = 500;

export class PgBossTransport {
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Set<() => void>();

  private constructor(private readonly boss: PgBoss) {}

  static async start(settings: PgBossSettings): Promise<PgBossTransport> {
    const boss = new PgBoss({
      connectionString: settings.url,
      max: settings.connections,
      supervise: settings.supervise,
      schedule: false,
      maintenanceIntervalSeconds: settings.maintenanceSeconds,
    });
    boss.on('error', settings.onError);
    await boss.start();
    // Processes starting together on a new database both create pg-boss's tables and the queue;
    // PostgreSQL may then pick one as a deadlock victim, which simply tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE);
        break;
      } catch (error) {
        if (attempt >= 5 || (error as { code?: string }).code !== '40P01') throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
      }
    }
    return new PgBossTransport(boss);
  }

  /** Sends a job id in the transaction `tx`: delivered only if that transaction commits. */
  async send(id: string, tx: Queryable, delivery: Delivery): Promise<void> {
    await this.boss.send(
      QUEUE,
      { job: id },
      {
        retryLimit: delivery.deliveries - 1,
        retryDelay: delivery.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: delivery.timeoutSeconds,
        db: { executeSql: async (text, values) => ({ rows: await tx.query(text, values ?? []) }) },
      },
    );
  }

  /**
   * Sends again, in `tx`, those of `ids` pg-boss holds no pending delivery of: job records
   * restored from a dump (pg-boss's own schema is not in it) or written without a queue. One
   * process at a time looks, so two starting together send each job once. Answers the ids sent.
   */
  async resend(ids: readonly string[], tx: Queryable, delivery: Delivery): Promise<string[]> {
    if (ids.length === 0) return [];
    await rowsOf(tx, sql`SELECT pg_advisory_xact_lock(hashtext(${'ramstein:jobs-resend'}::text))`);
    const lost = await rowsOf(
      tx,
      sql<{ id: string }>`SELECT j.id FROM unnest(${[...ids]}::text[]) WITH ORDINALITY AS j(id, n)
        WHERE NOT EXISTS (SELECT 1 FROM pgboss.job b
                           WHERE b.name = ${QUEUE} AND b.data->>'job' = j.id AND b.state < 'completed')
        ORDER BY j.n`,
    );
    for (const { id } of lost) await this.send(id, tx, delivery);
    return lost.map((r) => r.id);
  }

  /**
   * One more worker loop: takes one job, runs it, and takes the next at once; waits half a
   * second only when the queue is empty (pg-boss's own polling would wait after every job).
   * `handle` answering `retry` asks for another delivery after the delay; `done` completes it.
   */
  work(handle: (id: string) => Promise<'done' | 'retry'>, onError: (error: Error) => void): void {
    const loop = async () => {
      while (!this.stopping) {
        try {
          const [job] = (await this.boss.fetch<{ job: string }>(QUEUE, { batchSize: 1 })) ?? [];
          if (!job) {
            await this.idle();
            continue;
          }
          const outcome = await handle(job.data.job).catch((error: unknown) => {
            onError(error instanceof Error ? error : new Error(String(error)));
            return 'retry' as const;
          });
          if (outcome === 'retry') await this.boss.fail(QUEUE, job.id, { message: 'attempt failed' });
          else await this.boss.complete(QUEUE, job.id);
        } catch (error) {
          // The database is unreachable: try again after a pause rather than spin.
          onError(error instanceof Error ? error : new Error(String(error)));
          await this.idle();
        }
      }
    };
    this.loops.push(loop());
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, IDLE_MS);
      this.wakers.add(() => (clearTimeout(timer), resolve()));
    });
  }

  async ping(): Promise<void> {
    await this.boss.getQueueSize(QUEUE);
  }

  /** Lets the jobs in hand finish, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.wakers) wake();
    await Promise.all(this.loops);
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
