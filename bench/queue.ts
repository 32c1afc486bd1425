/**
 * `npm run bench -- queue`: ingesting BENCH_ARTICLES synthetic articles (default 1,000) through
 * the job queue with two `ramstein worker` processes on one PostgreSQL database: articles per
 * second from the first submission to the last completion, and each job's end-to-end latency
 * (submitted → completed). Baseline in the same run: the same number of other articles ingested
 * one after another in this process, without a queue, on a fresh database of its own.
 * Articles are generated here from a few sentence patterns: no reporting is copied.
 * Needs PostgreSQL; skipped without.
 */
import os from 'node:os';
import { createContext } from '../src/app/context.ts';
import { submitJob } from '../src/app/jobs/manage-jobs.ts';
import { openJobQueue } from '../src/app/jobs/pg-boss-queue.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import { ingestArticle } from '../src/app/review/ingest-article.ts';
import { loadConfig } from '../src/config/config.ts';
import { openStore } from '../src/store/open.ts';
import { postgresTestUrl } from '../test/support/postgres-url.ts';
import { startWorker, type ServerProcess } from '../test/support/processes.ts';
import { report, timed, freshPostgresDatabase } from './support.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const WORKERS = 2;

const donors = ['Germany', 'France', 'Norway', 'Sweden', 'Denmark', 'the Netherlands', 'Poland', 'Canada'];
const items = ['howitzers', 'armoured vehicles', 'air-defence launchers', 'drones', 'artillery shells'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October'];

/** An invented news item, different for every `n` and `seed`. */
export function syntheticArticle(n: number, seed: string): string {
  const donor = donors[n % donors.length]!;
  const item = items[(n * 7) % items.length]!;
  const month = months[(n * 5) % months.length]!;
  const count = 5 + ((n * 13) % 90);
  const millions = 20 + ((n * 31) % 700);
  return [
    `${donor} said on ${1 + (n % 27)} ${month} 2025 that it would send ${count} ${item} to Ukraine.`,
    `The package is worth ${millions} million euros, the defence ministry stated in a note numbered ${seed}-${n}.`,
    `Officials expect the first deliveries before the end of the year; training of crews has begun.`,
  ].join(' ');
}

async function prepared(adminUrl: string, name: string) {
  const url = await freshPostgresDatabase(adminUrl, name);
  const db = await openStore({ databaseUrl: url, dataDir: '', command: 'bench' });
  await loadReferenceData(createContext(db));
  return { url, db };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function direct(adminUrl: string): Promise<number> {
  const { db } = await prepared(adminUrl, 'ramstein_bench_ingest_direct');
  try {
    const ctx = createContext(db);
    const { ms } = await timed(async () => {
      for (let n = 0; n < ARTICLES; n++) await ingestArticle(ctx, { text: syntheticArticle(n, 'direct') });
    });
    const rate = ARTICLES / (ms / 1000);
    report(`ingest ${ARTICLES} articles, no queue`, { articles_per_s: rate, ms });
    return rate;
  } finally {
    await db.close();
  }
}

async function queued(adminUrl: string): Promise<number> {
  const { url, db } = await prepared(adminUrl, 'ramstein_bench_ingest_queue');
  const settings = loadConfig({}).jobs;
  const base = createContext(db);
  const queue = await openJobQueue(base, { url, settings, work: false });
  const workers: ServerProcess[] = [];
  try {
    const env = { DATABASE_URL: url, WORKER_CONCURRENCY: '1', LOG_LEVEL: 'info' };
    workers.push(...(await Promise.all(Array.from({ length: WORKERS }, () => startWorker(env)))));
    const started = performance.now();
    const ctx = { ...base, jobs: queue };
    const ids: string[] = [];
    for (let n = 0; n < ARTICLES; n++)
      ids.push((await submitJob(ctx, 'ingest-article', { text: syntheticArticle(n, 'queued') })).job.id);
    const submittedMs = performance.now() - started;
    for (;;) {
      const [row] = await db.query<{ open: bigint; failed: bigint }>(
        `SELECT count(*) FILTER (WHERE state IN ('queued', 'running')) AS open,
                count(*) FILTER (WHERE state = 'failed') AS failed FROM jobs`,
      );
      if (Number(row!.open) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const totalMs = performance.now() - started;
    const rows = await db.query<{ ms: number; state: string; attempts: number }>(
      `SELECT extract(epoch FROM finished_at - submitted_at) * 1000 AS ms, state, attempts FROM jobs`,
    );
    const latencies = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
    const rate = ARTICLES / (totalMs / 1000);
    report(`ingest ${ARTICLES} articles, ${WORKERS} workers`, {
      articles_per_s: rate,
      ms: totalMs,
      submit_ms: submittedMs,
      completed: rows.filter((r) => r.state === 'completed').length,
      failed: rows.filter((r) => r.state === 'failed').length,
      retried: rows.filter((r) => r.attempts > 1).length,
    });
    report('end-to-end latency (submitted → done)', {
      p50_ms: percentile(latencies, 0.5),
      p99_ms: percentile(latencies, 0.99),
      max_ms: latencies.at(-1)!,
    });
    return rate;
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await queue.close();
    await db.close();
  }
}

export async function run(): Promise<void> {
  const adminUrl = await postgresTestUrl();
  if (!adminUrl) {
    process.stdout.write('PostgreSQL does not answer: skipped\n');
    return;
  }
  const baseline = await direct(adminUrl);
  const rate = await queued(adminUrl);
  report('queue with two workers against none', {
    throughput_ratio: rate / baseline,
    cores: os.cpus().length,
  });
}
