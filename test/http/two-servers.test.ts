/**
 * Two real `ramstein serve` processes on one PostgreSQL database, requests alternating between
 * them: whatever one process knows, the other must know too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_TTL_MS } from '../../src/app/accounts/caller-cache.ts';
import { createUser } from '../../src/app/accounts/manage-users.ts';
import { openTestDb, testDbKind, type TestDatabase } from '../support/db.ts';
import { startServer, type ServerProcess } from '../support/processes.ts';

const onPostgres = testDbKind === 'postgres';
let t: TestDatabase;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  if (!onPostgres) return;
  t = await openTestDb();
  await createUser(t.ctx, { id: 'coord', role: 'coordinator', password: 'a long coordinator passphrase' });
  await t.db.close(); // the server processes open it themselves
  const env = { DATABASE_URL: t.url!, RAMSTEIN_DEMO: 'false', LOG_FORMAT: 'json' };
  servers = await Promise.all([startServer([], env), startServer([], env)]);
}, 180_000);
afterAll(async () => {
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => server.exited));
  await t?.close().catch(() => undefined);
});

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(server: ServerProcess, user: string, password: string) {
  return fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, password }),
  });
}

const send = (server: ServerProcess, session: Session, method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe.skipIf(!onPostgres)('two server processes on one database', () => {
  let session: Session;

  it('accepts a session opened on one process on the other, for reads and writes', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    expect(a.child.pid).not.toBe(b.child.pid);
    const res = await signIn(a, 'coord', 'a long coordinator passphrase');
    expect(res.status).toBe(200);
    session = {
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
      csrf: ((await res.json()) as { csrf_token: string }).csrf_token,
    };
    expect(await (await send(b, session, 'GET', '/api/v1/auth/me')).json()).toMatchObject({
      user: 'coord',
      role: 'coordinator',
    });
    const created = await send(b, session, 'POST', '/api/v1/commitments', {
      id: 'c-two-servers',
      donor: 'NL',
      recipient: 'UA',
      money: { amount: '25000000.00', currency: 'EUR' },
      announced_on: '2024-02-01',
    });
    expect(created.status).toBe(201);
    const onA = await send(a, session, 'GET', '/api/v1/commitments/c-two-servers');
    expect(onA.status).toBe(200);
    expect(await onA.json()).toMatchObject({ version: 1, donor: 'NL' });
  });

  it('refuses a stale write on either process', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const edit = await send(a, session, 'PATCH', '/api/v1/commitments/c-two-servers', {
      version: 1,
      note: 'edited through the first process',
    });
    expect(edit.status).toBe(200);
    for (const server of [b, a]) {
      const stale = await send(server, session, 'PATCH', '/api/v1/commitments/c-two-servers', {
        version: 1,
        note: 'a lost update',
      });
      expect(stale.status).toBe(409);
    }
    const now = await (await send(b, session, 'GET', '/api/v1/commitments/c-two-servers')).json();
    expect(now).toMatchObject({ version: 2, note: 'edited through the first process' });
  });

  it("answers reports from each process's cache until a write through the other process", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const report = async (server: ServerProcess) =>
      (await send(server, session, 'GET', '/api/v1/reports/burden?currency=EUR')).text();
    const cache = async (server: ServerProcess, outcome: 'hit' | 'miss') => {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const line = new RegExp(
        `^ramstein_report_cache_requests_total\\{report="burden",outcome="${outcome}"\\} (\\d+)$`,
        'm',
      );
      return Number(line.exec(metrics)?.[1] ?? 0);
    };
    const before = [await report(a), await report(b), await report(a)];
    expect(before[1]).toBe(before[0]);
    expect(before[2]).toBe(before[0]);
    const hits = await cache(a, 'hit');
    expect(hits).toBeGreaterThanOrEqual(1); // the second request on a was answered from its cache
    const misses = await cache(a, 'miss');
    const created = await send(b, session, 'POST', '/api/v1/commitments', {
      id: 'c-two-servers-2',
      donor: 'NL',
      recipient: 'UA',
      money: { amount: '10000000.00', currency: 'EUR' },
      announced_on: '2024-03-01',
    });
    expect(created.status).toBe(201);
    const after = await report(a); // the process that did not write
    expect(after).not.toBe(before[0]);
    expect(await cache(a, 'miss')).toBe(misses + 1); // its cached answer was dropped, not served
    expect(await report(b)).toBe(after);
    expect(await report(a)).toBe(after);
    expect(await cache(a, 'hit')).toBe(hits + 1);
  });

  it('signs out everywhere: a session ended on one process is refused by it at once, and by the other within seconds', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const role = async (server: ServerProcess) =>
      ((await (await send(server, session, 'GET', '/api/v1/auth/me')).json()) as { role: string }).role;
    expect(await role(a)).toBe('coordinator');
    const out = await send(b, session, 'POST', '/api/v1/auth/logout');
    expect(out.status).toBeLessThan(300);
    expect(await role(b)).toBe('public');
    // The other process believes what it read of the session for up to CALLER_TTL_MS.
    const deadline = Date.now() + CALLER_TTL_MS + 15_000;
    while ((await role(a)) !== 'public' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(await role(a)).toBe('public');
    const write = await send(a, session, 'PATCH', '/api/v1/commitments/c-two-servers', {
      version: 2,
      note: 'x',
    });
    expect(write.status).toBe(401);
  });

  it('counts failed sign-ins across both processes', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    for (const server of [a, b, a, b, a]) expect((await signIn(server, 'coord', 'wrong')).status).toBe(401);
    expect((await signIn(b, 'coord', 'wrong')).status).toBe(429);
    expect((await signIn(a, 'coord', 'a long coordinator passphrase')).status).toBe(429);
  });
});
