/**
 * `npm run bench -- operations`: what a PostgreSQL deployment can do.
 * - dump and restore of the synthetic benchmark ledger (scripts/generate-ledger.ts): time, size,
 *   rows per second (BENCH_LEDGER_LINES lines, default 100,000; the 1,000,000 takes
 *   minutes on a shared machine);
 * - one server process against two on the same database under the same mixed load (autocannon:
 *   nine reads for one write, BENCH_CONNECTIONS connections, BENCH_SECONDS seconds, on a ledger of
 *   BENCH_LOAD_LINES lines, default 2,000): requests/s,
 *   p99 latency and their ratio. Both processes share the machine's cores with the database and
 *   the load generator, so on a small machine the second process mostly adds contention.
 * BENCH_OPERATIONS=dump or =scale runs one part only.
 * Needs PostgreSQL (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres); skipped without.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createApiToken } from '../src/app/accounts/manage-tokens.ts';
import { createContext } from '../src/app/context.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import { openStore } from '../src/store/open.ts';
import { dumpDatabase } from '../src/store/snapshot/dump.ts';
import { restoreDatabase } from '../src/store/snapshot/restore.ts';
import { generateLedger } from '../scripts/generate-ledger.ts';
import { postgresTestUrl } from '../test/support/postgres-url.ts';
import { startServer, type ServerProcess } from '../test/support/processes.ts';
import { report, timed, freshPostgresDatabase } from './support.ts';

const LINES = Number(process.env.BENCH_LEDGER_LINES ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const LOAD_LINES = Number(process.env.BENCH_LOAD_LINES ?? 2000);
/** Which parts run: `dump`, `scale` or both (the default). */
const PARTS = (process.env.BENCH_OPERATIONS ?? 'dump,scale').split(',');

async function dumpAndRestore(adminUrl: string): Promise<void> {
  const sourceUrl = await freshPostgresDatabase(adminUrl, 'ramstein_bench_ops');
  const source = await openStore({ databaseUrl: sourceUrl, dataDir: '', command: 'bench' });
  await loadReferenceData(createContext(source));
  const generated = await generateLedger(source, LINES);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-')), 'ledger.dump.gz');
  const dump = await timed(() => dumpDatabase(source, file));
  await source.close();
  const targetUrl = await freshPostgresDatabase(adminUrl, 'ramstein_bench_ops_restored');
  const target = await openStore({ databaseUrl: targetUrl, dataDir: '', command: 'bench' });
  const restore = await timed(() => restoreDatabase(target, file));
  await target.close();
  report(`dump ${generated.lines} ledger lines`, {
    rows: dump.result.rows,
    ms: dump.ms,
    rows_per_s: dump.result.rows / (dump.ms / 1000),
    mb: dump.result.bytes / 1e6,
  });
  report(`restore ${generated.lines} ledger lines`, {
    rows: restore.result.rows,
    ms: restore.ms,
    rows_per_s: restore.result.rows / (restore.ms / 1000),
  });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** Nine reads for one write, the write a new commitment with a fresh id. */
// Across runs too: the second run's writes must not reuse the first run's ids (409 answers).
let written = 0;

function load(urls: string[], token: string, connections: number) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  // Lists, a record and reference data; whole-ledger reports over the synthetic ledger take seconds
  // each and are measured by the burden benchmark instead.
  const reads = ['/api/v1/commitments?limit=20', '/api/v1/commitments/syn-42', '/api/v1/parties/DE'];
  const requests = [
    ...Array.from({ length: 9 }, (_, i) => ({
      method: 'GET' as const,
      path: reads[i % reads.length]!,
      headers,
    })),
    {
      method: 'POST' as const,
      path: '/api/v1/commitments',
      headers,
      setupRequest: (request: Record<string, unknown>) => ({
        ...request,
        body: JSON.stringify({
          id: `bench-${process.pid}-${written++}`,
          donor: 'NL',
          recipient: 'UA',
          money: { amount: '1000000.00', currency: 'EUR' },
          announced_on: '2025-01-15',
        }),
      }),
    },
  ];
  // One load generator per server, the connections split between them.
  return Promise.all(
    urls.map((url) =>
      autocannon({
        url,
        connections: Math.max(1, Math.round(connections / urls.length)),
        duration: SECONDS,
        requests,
      }),
    ),
  );
}

async function servers(url: string, count: number): Promise<ServerProcess[]> {
  const env = { DATABASE_URL: url, RAMSTEIN_DEMO: 'false', LOG_LEVEL: 'warn', LOG_FORMAT: 'json' };
  // The harness waits for the "listening" log line, at info level.
  return Promise.all(Array.from({ length: count }, () => startServer([], { ...env, LOG_LEVEL: 'info' })));
}

async function stop(list: ServerProcess[]) {
  for (const s of list) s.child.kill('SIGTERM');
  await Promise.all(list.map((s) => s.exited));
}

async function scaleOut(url: string): Promise<void> {
  const store = await openStore({ databaseUrl: url, dataDir: '', command: 'bench' });
  const { token } = await createApiToken(createContext(store), { name: 'bench', role: 'coordinator' });
  await store.close();
  const figures: { rps: number; p99: number; errors: number }[] = [];
  for (const count of [1, 2]) {
    const running = await servers(url, count);
    try {
      const results = await load(
        running.map((s) => s.url),
        token,
        CONNECTIONS,
      );
      const rps = results.reduce((a, r) => a + r.requests.average, 0);
      const p99 = Math.max(...results.map((r) => r.latency.p99));
      const errors = results.reduce((a, r) => a + r.errors + r.non2xx, 0);
      const statuses = results.flatMap((r) =>
        Object.entries(
          (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
        ),
      );
      const refused = statuses
        .filter(([code]) => !code.startsWith('2'))
        .map(([code, s]) => `${code}:${s.count}`);
      figures.push({ rps, p99, errors });
      report(`${count} server process${count > 1 ? 'es' : ''}, mixed 9:1`, {
        req_per_s: rps,
        p99_ms: p99,
        errors,
        ...(refused.length ? { statuses: refused.join(',') } : {}),
        connections: CONNECTIONS,
        s: SECONDS,
      });
    } finally {
      await stop(running);
    }
  }
  report('two processes against one', {
    throughput_ratio: figures[1]!.rps / figures[0]!.rps,
    p99_ratio: figures[1]!.p99 / figures[0]!.p99,
    cores: os.cpus().length,
  });
}

export async function run(): Promise<void> {
  const adminUrl = await postgresTestUrl();
  if (!adminUrl) {
    process.stdout.write('PostgreSQL does not answer: skipped\n');
    return;
  }
  if (PARTS.includes('dump')) await dumpAndRestore(adminUrl);
  if (!PARTS.includes('scale')) return;
  // The load runs on a ledger of ordinary size, where a request takes milliseconds.
  const url = await freshPostgresDatabase(adminUrl, 'ramstein_bench_load');
  const store = await openStore({ databaseUrl: url, dataDir: '', command: 'bench' });
  await loadReferenceData(createContext(store));
  await generateLedger(store, LOAD_LINES);
  await store.close();
  await scaleOut(url);
}
