/**
 * The command line's side of jobs: `--queue` turns an import into a job (run here with `--wait`
 * on the embedded database, by `ramstein worker` on PostgreSQL), the same file queued again is the
 * same job, and `ramstein jobs list|show|retry` follow them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, tempDir, testDbKind, type TestDatabase } from '../support/db.ts';
import { runRamstein, startWorker, type ServerProcess } from '../support/processes.ts';

let t: TestDatabase;
let args: string[];
let env: NodeJS.ProcessEnv;
let worker: ServerProcess | undefined;
let folder: string;
beforeAll(async () => {
  t = await openTestDb();
  await t.db.close(); // the child processes open it themselves
  args = t.dataDir ? ['--data-dir', t.dataDir] : [];
  env = { DATABASE_URL: t.url ?? '', RAMSTEIN_DEMO: 'false', JOB_RETRY_DELAY_SECONDS: '1' };
  if (t.url) worker = await startWorker(env);
  folder = tempDir('ramstein-jobs-cli-');
}, 120_000);
afterAll(async () => {
  worker?.child.kill('SIGTERM');
  await worker?.exited;
  await t.close().catch(() => undefined);
  fs.rmSync(folder, { recursive: true, force: true });
});

const ledger = (id: string, date: string) => ({
  commitments: [
    { id, donor: 'CZ', recipient: 'UA', money: { amount: '12.50', currency: 'CZK' }, announced_on: date },
  ],
});

describe('jobs from the command line', () => {
  it(
    'queues an import, waits for it, and finds the same job for the same file',
    { timeout: 240_000 },
    async () => {
      const file = path.join(folder, 'ledger.json');
      fs.writeFileSync(file, JSON.stringify(ledger('c-cli-job', '2025-06-01')));
      const run = await runRamstein([...args, 'import', file, '--queue', '--wait', '--json'], env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const [job] = JSON.parse(run.stdout) as {
        id: string;
        state: string;
        result: { commitments: object };
      }[];
      expect(job).toMatchObject({ state: 'completed', result: { commitments: { created: 1 } } });

      const again = await runRamstein([...args, 'import', file, '--queue'], env);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`already submitted: job ${job!.id} (import-ledger, completed)`);

      const list = await runRamstein([...args, 'jobs', 'list', '--json'], env);
      expect((JSON.parse(list.stdout) as { id: string }[]).map((j) => j.id)).toEqual([job!.id]);
      const show = await runRamstein([...args, 'jobs', 'show', job!.id], env);
      expect(show.stdout).toMatch(/import-ledger\s+completed\s+1\/1\s+1\/3\s+system/);
      expect(show.stdout).toContain('"created":1');
    },
  );

  it(
    'reports a failed job with its reason, exits non-zero, and retries only a failed job',
    { timeout: 240_000 },
    async () => {
      const file = path.join(folder, 'bad.json');
      fs.writeFileSync(file, JSON.stringify(ledger('c-cli-bad', '2025-02-30')));
      const run = await runRamstein([...args, 'import', file, '--queue', '--wait'], env);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/1 job\(s\) failed: .*announced_on/);
      const failed = JSON.parse(
        (await runRamstein([...args, 'jobs', 'list', '--state', 'failed', '--json'], env)).stdout,
      );
      expect(failed).toHaveLength(1);
      const retry = await runRamstein([...args, 'jobs', 'retry', failed[0].id], env);
      expect(retry.code).toBe(0);
      expect(retry.stdout).toContain(`queued again: job ${failed[0].id}`);
      const completed = JSON.parse(
        (await runRamstein([...args, 'jobs', 'list', '--state', 'completed', '--json'], env)).stdout,
      );
      const refused = await runRamstein([...args, 'jobs', 'retry', completed[0].id], env);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/is completed: only a failed job is retried/);
      const unknown = await runRamstein([...args, 'jobs', 'show', 'job-nope'], env);
      expect(unknown.stderr).toMatch(/no job job-nope/);
    },
  );

  it.skipIf(testDbKind === 'postgres')(
    'tells that ramstein worker needs PostgreSQL',
    { timeout: 120_000 },
    async () => {
      const run = await runRamstein([...args, 'worker'], env);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/ramstein worker needs DATABASE_URL/);
    },
  );
});
