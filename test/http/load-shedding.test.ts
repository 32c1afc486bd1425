/**
 * A server under pressure answers at once instead of queueing: 503 with Retry-After over its
 * limits, 503 for a request out of time, and database work that stops when its client has gone.
 * Limits are set tiny here; requests are held in flight by a body that never finishes, or (on
 * PostgreSQL) by a table lock the test holds, so nothing depends on how fast the machine is.
 */
import { EventEmitter } from 'node:events';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import type { RequestLimits } from '../../src/http/request-limits.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { openTestDb, testDbKind, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
const servers: Api[] = [];
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  for (const app of servers) await app.close();
  await t.close();
});

const generous: RequestLimits = {
  maxInFlight: 100,
  maxHeavyInFlight: 100,
  timeoutMs: 0,
  retryAfterSeconds: 7,
};

/** Emits a request's path once the server has let it in (past the limits, which come first). */
const arrivals = new EventEmitter().setMaxListeners(0);

async function serve(limits: Partial<RequestLimits>, ctx = t.ctx): Promise<string> {
  const app = await buildServer(ctx, { logger: false, limits: { ...generous, ...limits } });
  app.addHook('onRequest', async (request) => void arrivals.emit(request.url.split('?')[0]!));
  servers.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as net.AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** A request whose body never finishes arriving: it stays in flight until the socket closes. */
function unfinished(base: string, path: string): { socket: net.Socket; answer: Promise<string> } {
  const { port } = new URL(base);
  const socket = net.connect(Number(port), '127.0.0.1');
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":`,
  );
  let received = '';
  const answer = new Promise<string>((resolve) => {
    socket.on('data', (chunk) => {
      received += chunk;
      // A whole problem answer has come (the connection may be kept open after it).
      if (/\r\n\r\n[\s\S]*\}/.test(received)) resolve(received);
    });
    socket.on('close', () => resolve(received));
    socket.on('error', () => resolve(received));
  });
  return { socket, answer };
}

/** Asks until the answer has the status wanted (the server sees a new connection a moment later). */
async function until(url: string, status: number): Promise<Response> {
  for (let i = 0; i < 200; i++) {
    const res = await fetch(url);
    if (res.status === status) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} never answered ${status}`);
}

/**
 * Holds a request to `path` in flight until `probe` is refused with 503. The probe is sent only
 * once the server has let the held request in. The server frees the slot of an answered request a
 * moment after the client has it, so a request sent right after may itself be refused: it is then
 * sent again.
 */
async function holding(base: string, path: string, probe: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const letIn = new Promise<boolean>((resolve) => arrivals.once(path, () => resolve(true)));
    const held = unfinished(base, path);
    let answered = false;
    void held.answer.then(() => (answered = true));
    if (!(await Promise.race([letIn, held.answer.then(() => false)]))) {
      held.socket.destroy();
      continue;
    }
    for (let i = 0; i < 200 && !answered; i++) {
      const res = await fetch(`${base}${probe}`);
      if (res.status === 503) return { held, refused: res };
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 25));
    }
    held.socket.destroy();
  }
  throw new Error(`${path} was never held in flight`);
}

describe('load shedding', () => {
  it('answers 503 with Retry-After when the requests in flight reach the limit, and serves again after', async () => {
    const base = await serve({ maxInFlight: 1 });
    expect((await fetch(`${base}/api/v1/parties/DE`)).status).toBe(200);
    const held = unfinished(base, '/api/v1/commitments');
    const refused = await until(`${base}/api/v1/parties/DE`, 503);
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/busy/);
    // The health probes still answer: a saturated server is alive.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    held.socket.destroy();
    expect((await until(`${base}/api/v1/parties/DE`, 200)).status).toBe(200);
  });

  it('bounds heavy work (reports being computed, exports, imports) apart from the rest', async () => {
    const base = await serve({ maxHeavyInFlight: 1 });
    // The follow-through report is computed on every request: it always needs a heavy slot.
    const report = '/api/v1/reports/follow-through';
    const { held, refused } = await holding(base, '/api/v1/imports/ledger', report);
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/reports, exports or imports/);
    // Light requests go on being answered meanwhile.
    expect((await fetch(`${base}/api/v1/parties/DE`)).status).toBe(200);
    held.socket.destroy();
    await until(`${base}${report}`, 200);
    // A data set's edition is as heavy an import as a ledger file.
    const edition = await holding(base, '/api/v1/imports/editions', report);
    expect(edition.refused.status).toBe(503);
    edition.held.socket.destroy();
    await until(`${base}${report}`, 200);
  });

  it('serves a report the cache holds without a heavy slot, and refuses one that must be computed', async () => {
    const base = await serve({ maxHeavyInFlight: 1 });
    const kept = '/api/v1/reports/pipeline?currency=USD&on=2025-01-31';
    const first = await fetch(`${base}${kept}`);
    expect(first.status).toBe(200);
    const answer = await first.text();
    // An import holds the only heavy slot (a report computed on every request is refused)...
    const { held } = await holding(base, '/api/v1/imports/ledger', '/api/v1/reports/follow-through');
    try {
      // Still refused a moment later: the import holds the slot, not a probe just answered.
      await new Promise((r) => setTimeout(r, 100));
      await until(`${base}/api/v1/reports/follow-through`, 503);
      // ...yet the answer computed before is served at once, the same as before.
      const again = await fetch(`${base}${kept}`);
      expect(again.status).toBe(200);
      expect(await again.text()).toBe(answer);
      // A report nobody has asked for yet has to be computed: that needs the slot.
      const fresh = await fetch(`${base}/api/v1/reports/pipeline?currency=USD&on=2025-02-28`);
      expect(fresh.status).toBe(503);
      expect(fresh.headers.get('retry-after')).toBe('7');
      expect(((await fresh.json()) as { detail: string }).detail).toMatch(/reports, exports or imports/);
    } finally {
      held.socket.destroy();
    }
    // Once the slot is free, that report is computed.
    await until(`${base}/api/v1/reports/pipeline?currency=USD&on=2025-02-28`, 200);
  });

  it('answers 503 to a request that runs out of time', async () => {
    const base = await serve({ timeoutMs: 300 });
    const held = unfinished(base, '/api/v1/commitments');
    const answer = await Promise.race([
      held.answer,
      new Promise<string>((r) => setTimeout(() => r('no answer'), 20_000)),
    ]);
    held.socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 503/);
    expect(answer).toMatch(/retry-after: 7/i);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toMatch(/took longer than 0\.3 s/);
  });
});

describe.skipIf(testDbKind !== 'postgres')('database work of abandoned requests (PostgreSQL)', () => {
  /** Holds every write and read of the commitments table until released. */
  async function lockCommitments() {
    const client = new pg.Client({ connectionString: t.url! });
    // Watched from outside the transaction: inside it, pg_stat_activity would not change.
    const watcher = new pg.Client({ connectionString: t.url! });
    await Promise.all([client.connect(), watcher.connect()]);
    await client.query('BEGIN');
    await client.query('LOCK TABLE commitments IN ACCESS EXCLUSIVE MODE');
    return {
      /** Backends waiting for the lock. */
      waiting: async () =>
        (
          await watcher.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND state = 'active'`,
          )
        ).rows.map((r) => r.pid),
      release: async () => {
        await client.query('ROLLBACK');
        await Promise.all([client.end(), watcher.end()]);
      },
    };
  }

  async function eventually(check: () => Promise<boolean>, what: string) {
    for (let i = 0; i < 400; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`never: ${what}`);
  }

  it('cancels the statement of a report whose client went away', async () => {
    const base = await serve({});
    const lock = await lockCommitments();
    try {
      const client = new AbortController();
      // Parameters no other test asked for: the answer is not in the report cache.
      const report = fetch(`${base}/api/v1/reports/burden?as_of=2024-01-01`, { signal: client.signal }).catch(
        (e) => e,
      );
      await eventually(async () => (await lock.waiting()).length > 0, 'the report waits for the lock');
      client.abort();
      expect(await report).toBeInstanceOf(Error);
      // The lock is still held: only a cancel can have ended the report's statement.
      await eventually(async () => (await lock.waiting()).length === 0, 'the statement is cancelled');
    } finally {
      await lock.release();
    }
    // The cancelled connection went back to the pool in working order.
    expect((await fetch(`${base}/api/v1/reports/burden?as_of=2024-01-01`)).status).toBe(200);
  });

  it('stops a report out of time with 503, and its statement with it', async () => {
    const base = await serve({ timeoutMs: 500 });
    const lock = await lockCommitments();
    try {
      const answer = fetch(`${base}/api/v1/reports/burden?as_of=2024-01-02`);
      await eventually(async () => (await lock.waiting()).length > 0, 'the report waits for the lock');
      const res = await answer;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('7');
      await eventually(async () => (await lock.waiting()).length === 0, 'the statement is cancelled');
    } finally {
      await lock.release();
    }
  });

  it('applies DATABASE_STATEMENT_TIMEOUT_MS: a statement over it is cancelled, the caller gets 503', async () => {
    const db = await openPostgres(t.url!, { statementTimeoutMs: 300 });
    try {
      const base = await serve({}, createContext(db));
      const lock = await lockCommitments();
      try {
        const res = await fetch(`${base}/api/v1/reports/burden`);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBeTruthy();
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      } finally {
        await lock.release();
      }
    } finally {
      await servers.pop()!.close();
      await db.close();
    }
  });
});
