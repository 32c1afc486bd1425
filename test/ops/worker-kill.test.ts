/**
 * A job killed with its worker is done once: a real `ramstein worker` process is killed with
 * SIGKILL in the middle of a ledger import (held there by a table lock the test takes), another
 * worker starts, and the import is applied exactly once (one record and one audit event per
 * commitment, the job completed).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from '../../src/app/jobs/job-queue.ts';
import { submitJob } from '../../src/app/jobs/manage-jobs.ts';
import { openJobQueue } from '../../src/app/jobs/pg-boss-queue.ts';
import { openTestDb, testDbKind, type TestDatabase } from '../support/db.ts';
import { startWorker, type ServerProcess } from '../support/processes.ts';

const onPostgres = testDbKind === 'postgres';
const COMMITMENTS = 1500;
let t: TestDatabase;
let queue: JobQueue;
const workers: ServerProcess[] = [];
// Short enough that the second worker takes the lost job over within the test.
const settings = { timeoutSeconds: 15, retryDelaySeconds: 1, maintenanceSeconds: 1, concurrency: 1 };
const env = () => ({
  DATABASE_URL: t.url!,
  JOB_TIMEOUT_SECONDS: String(settings.timeoutSeconds),
  JOB_RETRY_DELAY_SECONDS: '1',
  JOB_MAINTENANCE_SECONDS: '1',
  WORKER_CONCURRENCY: '1',
});

beforeAll(async () => {
  if (!onPostgres) return;
  t = await openTestDb();
  queue = await openJobQueue(t.ctx, { url: t.url!, settings, work: false });
}, 120_000);
afterAll(async () => {
  for (const w of workers)
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
  await queue?.close();
  await t?.close();
});

const until = async <T>(what: string, probe: () => Promise<T | undefined>, seconds = 90): Promise<T> => {
  for (let i = 0; i < seconds * 10; i++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const count = async (sql: string) => Number((await t.db.query<{ n: bigint }>(sql))[0]!.n);

describe.skipIf(!onPostgres)('a worker killed in the middle of a job', () => {
  it('leaves the job to another worker, which applies it once', async () => {
    const commitments = Array.from({ length: COMMITMENTS }, (_, i) => ({
      id: `c-kill-${String(i).padStart(5, '0')}`,
      donor: ['NL', 'DK', 'SE', 'FI', 'NO'][i % 5],
      recipient: 'UA',
      money: { amount: `${1000 + i}.00`, currency: 'EUR' },
      announced_on: '2025-04-01',
    }));
    const { job } = await submitJob({ ...t.ctx, jobs: queue }, 'import-ledger', {
      document: { commitments },
    });

    // The test holds a lock that lets the import read but not write its commitments, so the first
    // worker is caught inside the job's transaction however fast the machine is.
    const holder = new pg.Client({ connectionString: t.url! });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE commitments IN SHARE MODE');
    const first = await startWorker(env());
    workers.push(first);
    await until('the first worker to wait inside the job', async () => {
      const [row] = await t.db.query<{ state: string; waiting: bigint }>(
        `SELECT j.state, (SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'commitments' AND NOT l.granted) AS waiting
           FROM jobs j WHERE j.id = $1`,
        [job.id],
      );
      return row?.state === 'running' && Number(row.waiting) > 0 ? row : undefined;
    });
    first.child.kill('SIGKILL');
    await first.exited;
    await holder.query('COMMIT');
    await holder.end();
    // Killed inside the job's transaction: nothing of it is in the database.
    expect(await count("SELECT count(*) AS n FROM commitments WHERE id LIKE 'c-kill-%'")).toBe(0);
    const [lost] = await t.db.query<{ state: string; attempts: number }>(
      'SELECT state, attempts FROM jobs WHERE id = $1',
      [job.id],
    );
    expect(lost).toEqual({ state: 'running', attempts: 1 });

    const second = await startWorker(env());
    workers.push(second);
    const done = await until(
      'the job to complete',
      async () => {
        const [row] = await t.db.query<{ state: string; attempts: number; result: { commitments: object } }>(
          'SELECT state, attempts, result FROM jobs WHERE id = $1',
          [job.id],
        );
        return row?.state === 'completed' || row?.state === 'failed' ? row : undefined;
      },
      120,
    );
    expect(done.state).toBe('completed');
    // At least the killed attempt and the one that completed (a slow machine may add a delivery
    // that found the job completed and did nothing).
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(done.result.commitments).toEqual({ created: COMMITMENTS, updated: 0, unchanged: 0 });
    expect(await count("SELECT count(*) AS n FROM commitments WHERE id LIKE 'c-kill-%'")).toBe(COMMITMENTS);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_events WHERE record_id LIKE 'c-kill-%' AND action LIKE '%create%'",
      ),
    ).toBe(COMMITMENTS);
    expect(second.output()).toContain('job completed');
  }, 240_000);
});
