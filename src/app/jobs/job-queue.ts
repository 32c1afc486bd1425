/**
 * Long work off the request path: the queue the server, the workers and the CLI share. On
 * PostgreSQL jobs travel through pg-boss to `ramstein worker` processes; on the embedded
 * database they run in the server process. Both keep each job's record in the `jobs` table.
 */
export type JobState = 'queued' | 'running' | 'completed' | 'failed';

export interface JobQueue {
  /** Which implementation answers: pg-boss on PostgreSQL, or the server process itself. */
  readonly kind: 'pg-boss' | 'in-process';
  /** Throws when the queue cannot be reached. */
  ping(): Promise<void>;
  /** Jobs by state, for monitoring. */
  counts(): Promise<Record<JobState, number>>;
}
