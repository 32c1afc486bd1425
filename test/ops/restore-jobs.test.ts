/**
 * A job still queued when the database was dumped is run after `db restore`: on PostgreSQL the
 * first process to start hands it to pg-boss again (pg-boss's own schema is not in the dump); on
 * the embedded database the server's runner finds it in the jobs table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import type { JobQueue } from '../../src/app/jobs/job-queue.ts';
import { getJob, submitJob } from '../../src/app/jobs/manage-jobs.ts';
import { openJobQueue } from '../../src/app/jobs/pg-boss-queue.ts';
import { migrate } from '../../src/store/migrate.ts';
import { dumpDatabase } from '../../src/store/snapshot/dump.ts';
import { restoreDatabase } from '../../src/store/snapshot/restore.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

const settings = { timeoutSeconds: 60, retryDelaySeconds: 1, maintenanceSeconds: 5, concurrency: 1 };

let source: TestDatabase;
let target: TestDatabase;
let folder: string;
beforeAll(async () => {
  source = await openTestDb();
  target = await openTestDb({ empty: true });
  folder = tempDir('ramstein-restore-jobs-');
});
afterAll(async () => {
  await source.close();
  await target.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function until<T>(look: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 240; i++) {
    const value = await look();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('waited too long');
}

describe('jobs across dump and restore', () => {
  it('runs a job that was still queued in the dump, once, on the restored database', async () => {
    // Submitted with no worker running: queued in the jobs table (and in pg-boss on PostgreSQL).
    const submitting = await openJobQueue(source.ctx, {
      url: source.url ?? undefined,
      settings,
      work: false,
    });
    let jobId: string;
    try {
      const { job } = await submitJob({ ...source.ctx, jobs: submitting }, 'import-ledger', {
        document: {
          commitments: [
            {
              id: 'c-restored-job',
              donor: 'NO',
              recipient: 'UA',
              money: { amount: '900000.00', currency: 'NOK' },
              announced_on: '2025-04-01',
            },
          ],
        },
      });
      jobId = job.id;
    } finally {
      await submitting.close();
    }
    const file = path.join(folder, 'queued.dump.gz');
    await dumpDatabase(source.db, file);

    await migrate(target.db);
    await restoreDatabase(target.db, file);
    const ctx = createContext(target.db);
    const [restored] = await target.db.query<{ state: string }>('SELECT state FROM jobs WHERE id = $1', [
      jobId,
    ]);
    expect(restored).toEqual({ state: 'queued' });

    let worker: JobQueue | undefined;
    let second: JobQueue | undefined;
    try {
      // Two processes start on the restored database; the job is handed over once between them.
      [worker, second] = await Promise.all([
        openJobQueue(ctx, { url: target.url ?? undefined, settings, work: true }),
        openJobQueue(ctx, { url: target.url ?? undefined, settings, work: target.url !== null }),
      ]);
      const job = await until(
        () => getJob(ctx, jobId),
        (j) => j.state === 'completed' || j.state === 'failed',
      );
      expect(job).toMatchObject({ state: 'completed', attempts: 1, progress: { done: 1, total: 1 } });
      expect(job.result).toMatchObject({ commitments: { created: 1 } });
    } finally {
      await worker?.close();
      await second?.close();
    }
    const events = await target.db.query(
      "SELECT seq FROM audit_events WHERE record_id = 'c-restored-job' AND request_id = $1",
      [`job:${jobId}`],
    );
    expect(events).toHaveLength(1);
    if (target.url) {
      const deliveries = await target.db.query(
        "SELECT id FROM pgboss.job WHERE name = 'ramstein-jobs' AND data->>'job' = $1",
        [jobId],
      );
      expect(deliveries).toHaveLength(1);
    }
  });
});
