/**
 * Password guessing is slowed per account name and per client address, with growing delays,
 * shared by every server process on the database; failures for one name never hold back another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { createUser } from '../../src/app/accounts/manage-users.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let now = new Date('2026-03-01T09:00:00Z');
const clock = { now: () => now };
const wait = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
/** Two server processes on one database; the second sits behind a proxy at 10.0.0.2. */
let first: Api;
let second: Api;
beforeAll(async () => {
  t = await openTestDb();
  const ctx = createContext(t.db, { clock });
  first = await buildServer(ctx, { logger: false });
  second = await buildServer(ctx, { logger: false, trustProxy: ['10.0.0.2'] });
  for (const id of ['ada', 'bea', 'cid', 'dov'])
    await createUser(ctx, { id, role: 'analyst', password: `${id} has a long passphrase` });
});
afterAll(async () => {
  await first.close();
  await second.close();
  await t.close();
});

const login = (app: Api, user: string, password: string, remoteAddress: string, forwardedFor?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { user, password },
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
const right = (user: string) => `${user} has a long passphrase`;

describe('sign-in throttle', () => {
  it('never lets failures for a name that does not exist, or for another account, block a user', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(first, 'nobody', `guess ${i}`, '10.1.0.1')).statusCode).toBe(401);
    expect((await login(first, 'nobody', 'guess 5', '10.1.0.1')).statusCode).toBe(429);
    for (let i = 0; i < 5; i++)
      expect((await login(first, 'ada', `guess ${i}`, '10.1.0.1')).statusCode).toBe(401);
    // Same address, another account: signs in.
    expect((await login(first, 'bea', right('bea'), '10.1.0.1')).statusCode).toBe(200);
    // The guessed account is held back, from any address, with the time to wait.
    const held = await login(first, 'ada', right('ada'), '10.1.0.99');
    expect(held.statusCode).toBe(429);
    expect(held.headers['content-type']).toContain('application/problem+json');
    expect(Number(held.headers['retry-after'])).toBe(30);
  });

  it('grows the delay with each further failure and lets the user in once it has passed', async () => {
    wait(31);
    expect((await login(first, 'ada', 'guess 6', '10.1.0.1')).statusCode).toBe(401);
    expect(Number((await login(first, 'ada', right('ada'), '10.1.0.1')).headers['retry-after'])).toBe(60);
    wait(61);
    expect((await login(first, 'ada', 'guess 7', '10.1.0.1')).statusCode).toBe(401);
    expect(Number((await login(first, 'ada', right('ada'), '10.1.0.1')).headers['retry-after'])).toBe(120);
    wait(121);
    expect((await login(first, 'ada', right('ada'), '10.1.0.1')).statusCode).toBe(200);
  });

  it('shares the count between server processes on one database', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(first, 'cid', `guess ${i}`, '10.2.0.1')).statusCode).toBe(401);
    expect((await login(second, 'cid', right('cid'), '10.2.0.1')).statusCode).toBe(429);
  });

  it('counts a guesser behind a trusted proxy by its forwarded address, and holds back that address alone', async () => {
    // Many names from one address: after 25 failures the address waits, other addresses do not.
    for (let i = 0; i < 25; i++)
      expect((await login(second, `name${i}`, 'guess', '10.0.0.2', '203.0.113.7')).statusCode).toBe(401);
    expect((await login(second, 'dov', right('dov'), '10.0.0.2', '203.0.113.7')).statusCode).toBe(429);
    expect((await login(second, 'dov', right('dov'), '10.0.0.2', '203.0.113.8')).statusCode).toBe(200);
    // A forwarded address from a caller that is not a trusted proxy is not believed.
    expect((await login(first, 'dov', right('dov'), '10.3.0.1', '203.0.113.7')).statusCode).toBe(200);
  });
});
