/**
 * Read load on one server on the embedded database with the demo data: the burden report, the
 * pipeline report and a ledger list page under 50 connections (autocannon), anonymous callers
 * that accept Brotli and gzip as browsers do. The server is a process of its own; the load
 * generator runs in this one and drops the server's log lines (one per request) unread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from '../test/support/processes.ts';
import { report } from './support.ts';

const CONNECTIONS = 50;
const SECONDS = 10;

const targets = [
  ['burden report', '/api/v1/reports/burden?currency=EUR'],
  ['pipeline report', '/api/v1/reports/pipeline?currency=EUR'],
  ['ledger list page', '/api/v1/commitments?limit=50&offset=0'],
] as const;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-http-'));
  const server = await startServer(['--data-dir', dir], {
    DATABASE_URL: '',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  });
  // startServer keeps every line for tests; under load that would cost this process the most.
  server.child.stdout!.removeAllListeners('data').resume();
  server.child.stderr!.removeAllListeners('data').resume();
  try {
    for (const [name, url] of targets) {
      const result = await autocannon({
        url: `${server.url}${url}`,
        headers: { 'accept-encoding': 'gzip, deflate, br' },
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 30,
      });
      report(`http: ${name}`, {
        req_per_s: result.requests.average,
        p50_ms: result.latency.p50,
        p99_ms: result.latency.p99,
        errors: result.errors + result.non2xx,
        connections: CONNECTIONS,
      });
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
