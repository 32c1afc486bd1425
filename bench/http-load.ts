/**
 * Read load on one server on the embedded database with the demo data: the burden report, the
 * pipeline report and a ledger list page under 50 connections (autocannon), anonymous callers
 * that accept Brotli and gzip as browsers do, and the ledger page again for a script holding an
 * API token. The server is a process of its own; the load generator runs in this one and drops
 * the server's log lines (one per request) unread.
 *
 * Baseline, measured in the same run once each route has been asked once (answers are ready): the
 * liveness probe (/healthz), which touches no database, so each figure's `vs_probe` says what
 * share of the server's bare request rate that route keeps (the machine's load moves both alike).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { runRamstein, startServer } from '../test/support/processes.ts';
import { report } from './support.ts';

const CONNECTIONS = 50;
const SECONDS = 10;

const targets = [
  ['burden report', '/api/v1/reports/burden?currency=EUR', false],
  ['pipeline report', '/api/v1/reports/pipeline?currency=EUR', false],
  ['ledger list page', '/api/v1/commitments?limit=50&offset=0', false],
  ['ledger list page, API token', '/api/v1/commitments?limit=50&offset=0', true],
] as const;

async function load(url: string, headers: Record<string, string>) {
  return autocannon({
    url,
    headers: { 'accept-encoding': 'gzip, deflate, br', ...headers },
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
  });
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-http-'));
  const server = await startServer(
    ['--data-dir', dir],
    { DATABASE_URL: '', LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
    // Loading the demo data set on a busy shared machine can take minutes.
    5 * 60_000,
  );
  // startServer keeps every line for tests; under load that would cost this process the most.
  server.child.stdout!.removeAllListeners('data').resume();
  server.child.stderr!.removeAllListeners('data').resume();
  try {
    // Beside the server, the command goes through its API.
    const created = await runRamstein(['--data-dir', dir, 'token', 'create', 'bench', '--role', 'analyst']);
    if (created.code !== 0) throw new Error(`could not create an API token:\n${created.stderr}`);
    const token = created.stdout.trim();
    const headersOf = (withToken: boolean): Record<string, string> =>
      withToken ? { authorization: `Bearer ${token}` } : {};
    // Steady state: the reports the server computes ahead after it starts, and each answer, are ready.
    for (const [, url, withToken] of targets)
      await (await fetch(`${server.url}${url}`, { headers: headersOf(withToken) })).arrayBuffer();
    const probe = await load(`${server.url}/healthz`, {});
    report('http: baseline: liveness probe', {
      req_per_s: probe.requests.average,
      p50_ms: probe.latency.p50,
      p99_ms: probe.latency.p99,
      errors: probe.errors + probe.non2xx,
      connections: CONNECTIONS,
    });
    for (const [name, url, withToken] of targets) {
      const result = await load(`${server.url}${url}`, headersOf(withToken));
      report(`http: ${name}`, {
        req_per_s: result.requests.average,
        p50_ms: result.latency.p50,
        p99_ms: result.latency.p99,
        errors: result.errors + result.non2xx,
        connections: CONNECTIONS,
        vs_probe: result.requests.average / probe.requests.average,
      });
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
