/**
 * pg-boss, the job transport on PostgreSQL (its own `pgboss` schema in the same database): one
 * queue of job ids, sent inside the transaction that stores the job, delivered to one worker at a
 * time, with retries after a growing delay and redelivery of jobs whose worker died.
 */
import PgBoss from 'pg-boss';
import type { Queryable } from './database.ts';

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

export class PgBossTransport {
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
    await boss.createQueue(QUEUE);
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

  /** One more worker loop; `handle` throwing asks for another delivery after the delay. */
  async work(handle: (id: string) => Promise<void>): Promise<void> {
    await this.boss.work<{ job: string }>(
      QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => handle(job!.data.job),
    );
  }

  async ping(): Promise<void> {
    await this.boss.getQueueSize(QUEUE);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
