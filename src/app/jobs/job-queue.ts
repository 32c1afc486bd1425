/**
 * Long work off the request path: the queue the server, the workers and the CLI share. On
 * PostgreSQL jobs travel through pg-boss to `ramstein worker` processes; on the embedded
 * database they run in the server process. Both keep each job's record in the `jobs` table.
 */
import type { Queryable } from '../../store/database.ts';
import type { JobState } from '../../store/jobs.ts';

export type { JobState };

export interface JobQueue {
  /** Which implementation answers: pg-boss on PostgreSQL, or the server process itself. */
  readonly kind: 'pg-boss' | 'in-process';
  /** Throws when the queue cannot be reached. */
  ping(): Promise<void>;
  /** Jobs by state, for monitoring. */
  counts(): Promise<Record<JobState, number>>;
  /**
   * Hands a stored job to the workers. `tx` is the transaction that stored it: the hand-over
   * commits with the job's record or not at all.
   */
  enqueue(id: string, tx: Queryable): Promise<void>;
  /** Told after that transaction committed (the in-process runner then looks for work). */
  wake?(): void;
  /** How far a job running in this process got, where it cannot be written while it runs. */
  liveProgress?(id: string): { done: number; total: number } | undefined;
  /** Stops taking jobs and waits for those running here to end. */
  close(): Promise<void>;
}
