/**
 * Long work as jobs, through the API: queued on request (202 and a Location), run once however
 * often it is submitted or delivered, seen only by its submitter and the secretariat. On the
 * embedded database the server's own runner works them; on PostgreSQL, pg-boss workers.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { getJob, getJobOutput, submitJob, type JobView } from '../../src/app/jobs/manage-jobs.ts';
import type { JobQueue } from '../../src/app/jobs/job-queue.ts';
import { openJobQueue } from '../../src/app/jobs/pg-boss-queue.ts';
import { runJobAttempt } from '../../src/app/jobs/run-job.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
let queue: JobQueue;

const settings = { timeoutSeconds: 60, retryDelaySeconds: 1, maintenanceSeconds: 5, concurrency: 2 };

beforeAll(async () => {
  t = await openTestDb();
  queue = await openJobQueue(t.ctx, { url: t.url ?? undefined, settings, work: true });
  app = await buildServer({ ...t.ctx, jobs: queue }, { logger: false });
});
afterAll(async () => {
  await app.close();
  await queue.close();
  await t.close();
});

type Headers = Record<string, string>;
async function caller(
  name: string,
  role: 'coordinator' | 'analyst' | 'representative',
  party: string | null = null,
) {
  const { token } = await createApiToken(t.ctx, { name, role, party });
  return (method: 'GET' | 'POST', url: string, body?: unknown, headers: Headers = {}) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
}

interface Job {
  id: string;
  state: string;
  attempts: number;
  result: Record<string, unknown> | null;
  error: string | null;
  output: string | null;
  progress: { done: number; total: number };
}

async function finished(call: Awaited<ReturnType<typeof caller>>, location: string): Promise<Job> {
  for (let i = 0; i < 240; i++) {
    const res = await call('GET', location);
    expect(res.statusCode).toBe(200);
    const job = res.json() as Job;
    if (job.state === 'completed' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job at ${location} did not finish`);
}

const article = {
  text: 'Le 3 mars 2025, les Pays-Bas ont annoncé la livraison de 12 obusiers à l’Ukraine, pour 150 millions d’euros.',
  url: 'https://news.example.org/jobs-test-article',
  published: '2025-03-03',
};

/** A queue that holds its jobs (no worker takes them) until the test runs them. */
const held = (): JobQueue => ({
  kind: 'in-process',
  ping: async () => undefined,
  counts: () => queue.counts(),
  enqueue: async () => undefined,
  close: async () => undefined,
});

/** Asks for a job (as the local operator) until `done` holds. */
async function until(id: string, done: (job: JobView) => boolean): Promise<JobView> {
  for (let i = 0; i < 240; i++) {
    const job = await getJob(t.ctx, id);
    if (done(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job ${id} did not finish`);
}

/** The audit events of a job, oldest first. */
async function jobTrail(id: string) {
  return t.db.query<{ action: string; actor: string }>(
    "SELECT action, actor FROM audit_events WHERE record_type = 'job' AND record_id = $1 ORDER BY seq",
    [id],
  );
}

describe('jobs', () => {
  it('ingests an article as a job when asked to respond async, and answers the same job for the same article', async () => {
    const analyst = await caller('analyst-one', 'analyst');
    const res = await analyst('POST', '/api/v1/sources/ingest', article, { prefer: 'respond-async' });
    expect(res.statusCode).toBe(202);
    expect(res.headers['preference-applied']).toBe('respond-async');
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/api\/v1\/jobs\/job-[0-9a-f-]{36}$/);
    expect(res.json()).toMatchObject({
      kind: 'ingest-article',
      state: expect.stringMatching(/queued|running|completed/),
    });

    const job = await finished(analyst, location);
    expect(job).toMatchObject({
      state: 'completed',
      attempts: 1,
      error: null,
    });
    expect(job.result).toMatchObject({ source_id: expect.stringMatching(/^src-/), recognised: false });
    // The source stored, then each candidate queued.
    const steps = 1 + (job.result!.candidates as string[]).length;
    expect(job.progress).toEqual({ done: steps, total: steps });

    const again = await analyst('POST', '/api/v1/sources/ingest?async=1', article);
    expect(again.statusCode).toBe(202);
    expect(again.headers.location).toBe(location);
    const sources = await t.db.query<{ n: bigint }>('SELECT count(*) AS n FROM sources WHERE url = $1', [
      article.url,
    ]);
    expect(Number(sources[0]!.n)).toBe(1);
    // Submitted once in the trail, however often it was asked for.
    expect(await jobTrail(job.id)).toEqual([
      { action: 'job.submitted', actor: expect.stringMatching(/^token:/) },
    ]);

    // Without the preference, the answer comes within the request, as before.
    const sync = await analyst('POST', '/api/v1/sources/ingest', article);
    expect(sync.statusCode).toBe(200);
    expect(sync.json()).toMatchObject({ source_id: job.result!.source_id, recognised: true });
  });

  it('shows a job to its submitter and the secretariat only', async () => {
    const analyst = await caller('analyst-two', 'analyst');
    const other = await caller('analyst-three', 'analyst');
    const coordinator = await caller('coordinator-one', 'coordinator');
    const res = await analyst(
      'POST',
      '/api/v1/sources/ingest',
      {
        ...article,
        url: 'https://news.example.org/jobs-visibility',
        text: `${article.text} Deuxième version.`,
      },
      { prefer: 'respond-async' },
    );
    const location = res.headers.location as string;
    await finished(analyst, location);
    expect((await other('GET', location)).statusCode).toBe(404);
    expect((await other('GET', `${location}/output`)).statusCode).toBe(404);
    expect((await other('POST', `${location}/retry`)).statusCode).toBe(404);
    expect((await other('GET', '/api/v1/jobs')).json().items.map((j: Job) => j.id)).not.toContain(
      location.split('/').pop(),
    );
    expect((await coordinator('GET', location)).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: location })).statusCode).toBe(401);
    expect((await analyst('GET', '/api/v1/jobs/job-does-not-exist')).statusCode).toBe(404);
  });

  it('imports a ledger once, however often the same file is submitted or its job delivered', async () => {
    const coordinator = await caller('coordinator-two', 'coordinator');
    const document = {
      commitments: [
        {
          id: 'c-job-1',
          donor: 'NL',
          recipient: 'UA',
          money: { amount: '1000000.00', currency: 'EUR' },
          announced_on: '2025-01-10',
        },
        {
          id: 'c-job-2',
          donor: 'DK',
          recipient: 'UA',
          money: { amount: '2500000.00', currency: 'DKK' },
          announced_on: '2025-01-11',
        },
      ],
    };
    const first = await coordinator('POST', '/api/v1/imports/ledger', document, { prefer: 'respond-async' });
    const second = await coordinator('POST', '/api/v1/imports/ledger', document, { prefer: 'respond-async' });
    expect(second.headers.location).toBe(first.headers.location);
    const job = await finished(coordinator, first.headers.location as string);
    expect(job.state).toBe('completed');
    expect(job.result).toMatchObject({ commitments: { created: 2, updated: 0, unchanged: 0 } });
    expect(job.progress).toEqual({ done: 2, total: 2 });
    const audited = async () =>
      Number(
        (
          await t.db.query<{ n: bigint }>(
            "SELECT count(*) AS n FROM audit_events WHERE record_id IN ('c-job-1', 'c-job-2')",
          )
        )[0]!.n,
      );
    expect(await audited()).toBe(2);
    const requestIds = await t.db.query<{ request_id: string }>(
      "SELECT DISTINCT request_id FROM audit_events WHERE record_id = 'c-job-1'",
    );
    expect(requestIds).toEqual([{ request_id: `job:${job.id}` }]);

    // A second delivery of the completed job (its worker died before telling the queue) does nothing.
    expect(await runJobAttempt(t.ctx, job.id)).toEqual({ outcome: 'skipped' });
    expect(await audited()).toBe(2);

    // The same file under another idempotency key is another job, which finds nothing to change.
    const third = await coordinator('POST', '/api/v1/imports/ledger', document, {
      prefer: 'respond-async',
      'idempotency-key': 'import-2025-01-12',
    });
    expect(third.headers.location).not.toBe(first.headers.location);
    expect((await finished(coordinator, third.headers.location as string)).result).toMatchObject({
      commitments: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await audited()).toBe(2);
  });

  it('completes a job left running by a process that died, once', async () => {
    const coordinator = await caller('coordinator-three', 'coordinator');
    const document = {
      commitments: [
        {
          id: 'c-job-orphan',
          donor: 'SE',
          recipient: 'UA',
          money: { amount: '700000.00', currency: 'SEK' },
          announced_on: '2025-02-01',
        },
      ],
    };
    const res = await coordinator('POST', '/api/v1/imports/ledger', document, { prefer: 'respond-async' });
    const job = await finished(coordinator, res.headers.location as string);
    // As the database holds it when the worker died inside the job's transaction: running, nothing applied.
    await t.db.query("UPDATE jobs SET state = 'running', result = NULL WHERE id = $1", [job.id]);
    // The effect had committed with its mark; the redelivered attempt sees the record, and changes nothing.
    expect(await runJobAttempt(t.ctx, job.id)).toMatchObject({ outcome: 'completed' });
    const events = await t.db.query("SELECT seq FROM audit_events WHERE record_id = 'c-job-orphan'");
    expect(events).toHaveLength(1);
  });

  it('fails a job whose input is wrong at once, with the reason, and retries it on request', async () => {
    const coordinator = await caller('coordinator-four', 'coordinator');
    const bad = {
      commitments: [{ id: 'c-job-bad', donor: 'NL', recipient: 'UA', announced_on: 'not a date' }],
    };
    const res = await coordinator('POST', '/api/v1/imports/ledger?async=1', bad);
    expect(res.statusCode).toBe(202);
    const job = await finished(coordinator, res.headers.location as string);
    expect(job).toMatchObject({ state: 'failed', attempts: 1 });
    expect(job.error).toMatch(/announced_on/);
    expect(await t.db.query("SELECT id FROM commitments WHERE id = 'c-job-bad'")).toEqual([]);

    const retried = await coordinator('POST', `/api/v1/jobs/${job.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ state: expect.stringMatching(/queued|running|failed/) });
    expect(await finished(coordinator, res.headers.location as string)).toMatchObject({
      state: 'failed',
      attempts: 2,
    });
    const trail = await t.db.query<{ action: string; before: unknown; after: unknown }>(
      "SELECT action, before, after FROM audit_events WHERE record_type = 'job' AND record_id = $1 ORDER BY seq",
      [job.id],
    );
    expect(trail.map((e) => e.action)).toEqual(['job.submitted', 'job.retried']);
    expect(trail[0]!.after).toMatchObject({
      kind: 'import-ledger',
      state: 'queued',
      payload_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The trail keeps the job's digest, never its payload.
    expect(JSON.stringify(trail)).not.toContain('not a date');
    expect(trail[1]).toMatchObject({
      before: { state: 'failed', attempts: 1, max_attempts: 3, error: expect.stringMatching(/announced_on/) },
      after: { state: 'queued', attempts: 1, max_attempts: 4 },
    });
    const notFailed = await coordinator(
      'POST',
      '/api/v1/imports/ledger?async=1',
      { commitments: [] },
      {
        'idempotency-key': 'empty-import',
      },
    );
    const done = await finished(coordinator, notFailed.headers.location as string);
    expect((await coordinator('POST', `/api/v1/jobs/${done.id}/retry`)).statusCode).toBe(409);
    // A refused retry changes nothing, in the trail either.
    expect((await jobTrail(done.id)).map((e) => e.action)).toEqual(['job.submitted']);
  });

  it('imports a data set edition as a job, once, and refuses other contents under its id', async () => {
    const coordinator = await caller('coordinator-six', 'coordinator');
    const table = fs.readFileSync(
      new URL('../fixtures/kiel/r30-small/country_summary.csv', import.meta.url),
      'utf8',
    );
    const body = { source: 'kiel', release: '30', files: { 'country_summary.csv': table } };
    const res = await coordinator('POST', '/api/v1/imports/editions', body, { prefer: 'respond-async' });
    expect(res.statusCode).toBe(202);
    const job = await finished(coordinator, res.headers.location as string);
    expect(job).toMatchObject({
      state: 'completed',
      result: { status: 'imported', files: ['country_summary.csv'] },
    });
    const edition = (job.result as { id: string }).id;
    // Progress counts the rows stored: every figure and activity of the release.
    const { figures, activities } = job.result as { figures: number; activities: number };
    expect(figures).toBeGreaterThan(0);
    expect(job.progress).toEqual({ done: figures + activities, total: figures + activities });
    expect((await coordinator('GET', `/api/v1/editions/${edition}`)).statusCode).toBe(200);

    const again = await coordinator('POST', '/api/v1/imports/editions', body, {
      prefer: 'respond-async',
      'idempotency-key': 'edition-r30-again',
    });
    expect((await finished(coordinator, again.headers.location as string)).result).toMatchObject({
      status: 'unchanged',
    });
    const altered = { ...body, files: { 'country_summary.csv': table.replace(/\d(?=\r?\n)/, '7') } };
    const conflicting = await coordinator('POST', '/api/v1/imports/editions?async=1', altered);
    const failed = await finished(coordinator, conflicting.headers.location as string);
    expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
    expect(failed.error).toMatch(/imported with other contents/);
    const audited = await t.db.query(
      "SELECT seq FROM audit_events WHERE record_type = 'edition' AND record_id = $1",
      [edition],
    );
    expect(audited).toHaveLength(1);
  });

  it('stops a queued job whose submitter lost the right to act before it ran', async () => {
    const { info } = await createApiToken(t.ctx, { name: 'revoked-later', role: 'coordinator' });
    const submitter = { id: `token:${info.id}`, role: 'coordinator' as const, party: null };
    const { job } = await submitJob({ ...t.ctx, jobs: held(), actor: submitter }, 'import-ledger', {
      document: {
        commitments: [{ id: 'c-job-revoked', donor: 'NL', recipient: 'UA', announced_on: '2025-03-01' }],
      },
    });
    await revokeApiToken(t.ctx, info.id);
    expect(await runJobAttempt(t.ctx, job.id)).toMatchObject({
      outcome: 'failed',
      error: expect.stringMatching(/can no longer act/),
    });
    expect(await t.db.query("SELECT id FROM commitments WHERE id = 'c-job-revoked'")).toEqual([]);
  });

  it('refuses to queue what the caller may not do', async () => {
    const representative = await caller('rep-pl', 'representative', 'PL');
    const res = await representative('POST', '/api/v1/sources/ingest', article, { prefer: 'respond-async' });
    expect(res.statusCode).toBe(403);
    const token = await representative('POST', '/api/v1/imports/editions?async=1', {
      source: 'kiel',
      release: '1',
      files: {},
    });
    expect(token.statusCode).toBe(403);
  });

  it('exports the ledger as a job whose file is the document the request would answer', async () => {
    const coordinator = await caller('coordinator-five', 'coordinator');
    const res = await coordinator('GET', '/api/v1/export/iati', undefined, { prefer: 'respond-async' });
    expect(res.statusCode).toBe(202);
    const job = await finished(coordinator, res.headers.location as string);
    expect(job).toMatchObject({ state: 'completed', output: `/api/v1/jobs/${job.id}/output` });
    const file = await coordinator('GET', job.output!);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/^application\/xml/);
    const direct = await coordinator('GET', '/api/v1/export/iati');
    const stamp = (xml: string) => xml.replace(/generated-datetime="[^"]+"/g, '');
    expect(stamp(file.body)).toBe(stamp(direct.body));
    expect(file.body).toContain('c-job-1');
  });

  it('counts the records of an export as it writes them, in its progress', async () => {
    const { job } = await submitJob({ ...t.ctx, jobs: queue }, 'export-ledger', { format: 'json' });
    const done = await until(job.id, (j) => j.state === 'completed' || j.state === 'failed');
    expect(done.state).toBe('completed');
    const { text } = await getJobOutput(t.ctx, job.id);
    const records = Object.values(JSON.parse(text) as Record<string, unknown>)
      .filter(Array.isArray)
      .reduce((n, section) => n + section.length, 0);
    expect(records).toBeGreaterThan(3);
    expect(done.progress).toEqual({ done: records, total: records });
  });

  it('shows how far a running job got before it completes', async () => {
    const records = 25;
    const document = {
      commitments: Array.from({ length: records }, (_, i) => ({
        id: `c-job-progress-${String(i).padStart(2, '0')}`,
        donor: i % 2 ? 'FI' : 'EE',
        recipient: 'UA',
        money: { amount: `${1000 + i}.00`, currency: i % 2 ? 'EUR' : 'USD' },
        announced_on: '2025-05-01',
      })),
    };
    const { job } = await submitJob({ ...t.ctx, jobs: held() }, 'import-ledger', { document });
    // What another connection saw of the job's row while the job told its progress.
    const seen: Promise<{ state: string; progress_done: number; progress_total: number } | undefined>[] = [];
    const watch = () =>
      seen.push(
        t.db
          .query<{ state: string; progress_done: number; progress_total: number }>(
            'SELECT state, progress_done, progress_total FROM jobs WHERE id = $1',
            [job.id],
          )
          .then((rows) => rows[0]),
      );
    expect(await runJobAttempt(t.ctx, job.id, t.url ? watch : () => undefined)).toEqual({
      outcome: 'completed',
    });
    const row = await getJob(t.ctx, job.id);
    expect(row.progress).toEqual({ done: records, total: records });
    if (t.url) {
      // PostgreSQL: the row shows the work's size and progress while the job's transaction is open.
      const views = await Promise.all(seen);
      expect(views.length).toBeGreaterThan(1);
      expect(views).toContainEqual({
        state: 'running',
        progress_done: expect.any(Number),
        progress_total: records,
      });
    }
  });

  it('reports the queue in /readyz and its jobs in /metrics', async () => {
    const ready = (await app.inject({ method: 'GET', url: '/readyz' })).json();
    expect(ready.checks.queue).toEqual({ ok: true, detail: t.url ? 'pg-boss' : 'in-process' });
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^ramstein_jobs\{state="completed"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^ramstein_jobs\{state="failed"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^ramstein_jobs\{state="queued"\} 0$/m);
  });
});
