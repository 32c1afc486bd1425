/** The `jobs` table of migration 0042: each job's record, whichever queue runs it. */
import { sql } from 'kysely';
import type { Database, Queryable } from './database.ts';
import { kysely } from './kysely.ts';

export const jobStates = ['queued', 'running', 'completed', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

export interface JobRow {
  id: string;
  kind: string;
  idempotency_key: string;
  state: JobState;
  submitted_by: string;
  submitter_role: string;
  submitter_party: string | null;
  payload: unknown;
  progress_done: number;
  progress_total: number;
  attempts: number;
  max_attempts: number;
  result: unknown;
  output_type: string | null;
  error: string | null;
  submitted_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface NewJob {
  id: string;
  kind: string;
  idempotency_key: string;
  submitted_by: string;
  submitter_role: string;
  submitter_party: string | null;
  payload: unknown;
  max_attempts: number;
  submitted_at: Date;
}

const columns = [
  'id',
  'kind',
  'idempotency_key',
  'state',
  'submitted_by',
  'submitter_role',
  'submitter_party',
  'payload',
  'progress_done',
  'progress_total',
  'attempts',
  'max_attempts',
  'result',
  'output_type',
  'error',
  'submitted_at',
  'started_at',
  'finished_at',
] as const;

const asRow = (row: Record<string, unknown>): JobRow => row as unknown as JobRow;

export const jobs = {
  /**
   * Stores a new job, or finds the one this submitter already sent under the same key; `created`
   * says which. Safe against two submissions at once: the unique key decides.
   */
  async submit(db: Queryable, job: NewJob): Promise<{ job: JobRow; created: boolean }> {
    const inserted = await kysely(db)
      .insertInto('jobs')
      .values({ ...job, payload: JSON.stringify(job.payload) })
      .onConflict((oc) => oc.columns(['submitted_by', 'idempotency_key']).doNothing())
      .returning(columns)
      .executeTakeFirst();
    if (inserted) return { job: asRow(inserted), created: true };
    const existing = await kysely(db)
      .selectFrom('jobs')
      .select(columns)
      .where('submitted_by', '=', job.submitted_by)
      .where('idempotency_key', '=', job.idempotency_key)
      .executeTakeFirstOrThrow();
    return { job: asRow(existing), created: false };
  },

  async get(db: Queryable, id: string): Promise<JobRow | undefined> {
    const row = await kysely(db).selectFrom('jobs').select(columns).where('id', '=', id).executeTakeFirst();
    return row && asRow(row);
  },

  async output(db: Queryable, id: string): Promise<{ output: string | null; output_type: string | null }> {
    const row = await kysely(db)
      .selectFrom('jobs')
      .select(['output', 'output_type'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? { output: null, output_type: null };
  },

  /** Newest first; `submittedBy` limits the list to one submitter's jobs. */
  async list(
    db: Queryable,
    filter: { state?: JobState; submittedBy?: string; limit: number },
  ): Promise<JobRow[]> {
    const rows = await kysely(db)
      .selectFrom('jobs')
      .select(columns)
      .$if(filter.state !== undefined, (q) => q.where('state', '=', filter.state!))
      .$if(filter.submittedBy !== undefined, (q) => q.where('submitted_by', '=', filter.submittedBy!))
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
    return rows.map(asRow);
  },

  /** Ids of the jobs not finished, oldest first (what a restarted server resumes). */
  async unfinished(db: Queryable): Promise<string[]> {
    const rows = await kysely(db)
      .selectFrom('jobs')
      .select('id')
      .where('state', 'in', ['queued', 'running'])
      .orderBy('submitted_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  },

  async counts(db: Queryable): Promise<Record<JobState, number>> {
    const rows = await kysely(db)
      .selectFrom('jobs')
      .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('state')
      .execute();
    const counts = Object.fromEntries(jobStates.map((s) => [s, 0])) as Record<JobState, number>;
    for (const row of rows) counts[row.state as JobState] = Number(row.n);
    return counts;
  },

  /**
   * Marks an attempt as started; answers the job, or nothing when it is already finished (a
   * duplicate delivery of a job that completed, or one that failed for good).
   */
  async startAttempt(db: Queryable, id: string, now: Date): Promise<JobRow | undefined> {
    const row = await kysely(db)
      .updateTable('jobs')
      .set((eb) => ({ state: 'running', attempts: eb('attempts', '+', 1), started_at: now, error: null }))
      .where('id', '=', id)
      .where('state', 'in', ['queued', 'running'])
      .returning(columns)
      .executeTakeFirst();
    return row && asRow(row);
  },

  /**
   * Inside the job's own transaction: waits for any other attempt at the same job to end, then
   * says whether one of them already completed it.
   */
  async lockForRun(tx: Queryable, id: string): Promise<JobState | undefined> {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`job:${id}`}))`.execute(kysely(tx));
    const row = await kysely(tx).selectFrom('jobs').select('state').where('id', '=', id).executeTakeFirst();
    return row?.state as JobState | undefined;
  },

  /** In the job's transaction, with its effect: the completion mark and the result. */
  async complete(
    tx: Queryable,
    id: string,
    done: { result: unknown; output?: { text: string; type: string }; now: Date },
  ): Promise<void> {
    await kysely(tx)
      .updateTable('jobs')
      .set((eb) => ({
        state: 'completed',
        result: JSON.stringify(done.result ?? null),
        output: done.output?.text ?? null,
        output_type: done.output?.type ?? null,
        progress_done: eb.ref('progress_total'),
        finished_at: done.now,
        error: null,
      }))
      .where('id', '=', id)
      .execute();
  },

  /** An attempt failed: `final` ends the job as failed, otherwise it waits for its next attempt. */
  async attemptFailed(db: Queryable, id: string, error: string, final: boolean, now: Date): Promise<void> {
    await kysely(db)
      .updateTable('jobs')
      .set({ state: final ? 'failed' : 'queued', error, finished_at: final ? now : null })
      .where('id', '=', id)
      .where('state', '<>', 'completed')
      .execute();
  },

  async progress(db: Queryable, id: string, done: number, total: number): Promise<void> {
    await kysely(db)
      .updateTable('jobs')
      .set({ progress_done: done, progress_total: Math.max(total, 1) })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .execute();
  },

  /**
   * A failed job queued again, with a fresh allowance of attempts: its record before and after,
   * or nothing if it had not failed (checked under a lock on the row).
   */
  async requeue(
    db: Queryable,
    id: string,
    allowance: number,
  ): Promise<{ before: JobRow; after: JobRow } | undefined> {
    const before = await kysely(db)
      .selectFrom('jobs')
      .select(columns)
      .where('id', '=', id)
      .where('state', '=', 'failed')
      .forUpdate()
      .executeTakeFirst();
    if (!before) return undefined;
    const after = await kysely(db)
      .updateTable('jobs')
      .set((eb) => ({
        state: 'queued',
        max_attempts: eb('attempts', '+', allowance),
        error: null,
        finished_at: null,
        progress_done: 0,
      }))
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirstOrThrow();
    return { before: asRow(before), after: asRow(after) };
  },
};

/**
 * What a job's submitter may do now: the role and party of its account or API token, or null when
 * the account is disabled or gone, or the token revoked or expired. `system` (the local operator)
 * has no row.
 */
export async function submitterRights(
  db: Queryable,
  submitter: string,
  now: Date,
): Promise<{ role: string; party: string | null } | null> {
  if (submitter.startsWith('token:')) {
    const token = await kysely(db)
      .selectFrom('api_tokens')
      .select(['role', 'party'])
      .where('id', '=', submitter.slice('token:'.length))
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
    return token ?? null;
  }
  const user = await kysely(db)
    .selectFrom('users')
    .select(['role', 'party'])
    .where('id', '=', submitter)
    .where('disabled', '=', false)
    .executeTakeFirst();
  return user ?? null;
}

/**
 * The database seen from inside an open transaction: queries run in it, and a nested
 * `transaction` becomes a savepoint, so a use case that opens its own transaction commits with
 * the job that runs it (or not at all).
 */
export function withinTransaction(db: Database, tx: Queryable): Database {
  let depth = 0;
  return {
    kind: db.kind,
    location: db.location,
    query: (text, params) => tx.query(text, params),
    exec: (text) => tx.exec(text),
    async transaction(work) {
      const name = `nested_${++depth}`;
      await tx.query(`SAVEPOINT ${name}`);
      try {
        const result = await work(tx);
        await tx.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      } finally {
        depth--;
      }
    },
    close: async () => undefined,
    poolStats: db.poolStats && (() => db.poolStats!()),
    // A job's work is bounded by its own timeout, not by a caller's signal.
    withSignal: () => withinTransaction(db, tx),
  };
}
