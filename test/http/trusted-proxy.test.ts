import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let behindProxy: Api;
let direct: Api;
beforeAll(async () => {
  t = await openTestDb();
  behindProxy = await buildServer(t.ctx, { logger: false, trustProxy: ['10.0.0.0/24'] });
  direct = await buildServer(t.ctx, { logger: false });
});
afterAll(async () => {
  await behindProxy.close();
  await direct.close();
  await t.close();
});

const attempt = (app: Api, user: string, from: string, forwardedFor: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { user, password: 'not the password' },
    remoteAddress: from,
    headers: { 'x-forwarded-for': forwardedFor },
  });

describe('TRUST_PROXY', () => {
  it(
    'counts failed sign-ins per client behind a trusted proxy, not per proxy',
    { timeout: 240_000 },
    async () => {
      // An address gets 25 failures (each for another account) before it must wait.
      for (let i = 0; i < 25; i++)
        expect((await attempt(behindProxy, `guess${i}`, '10.0.0.2', '203.0.113.5')).statusCode).toBe(401);
      expect((await attempt(behindProxy, 'guess9', '10.0.0.2', '203.0.113.5')).statusCode).toBe(429);
      // Another client through the same proxy is not blocked.
      expect((await attempt(behindProxy, 'other', '10.0.0.2', '203.0.113.6')).statusCode).toBe(401);
    },
  );

  it(
    'ignores X-Forwarded-For from an address that is not a trusted proxy',
    { timeout: 240_000 },
    async () => {
      for (let i = 0; i < 25; i++)
        expect((await attempt(direct, `probe${i}`, '198.51.100.9', `192.0.2.${i}`)).statusCode).toBe(401);
      // A forged header does not escape the block on the real address.
      expect((await attempt(direct, 'probe9', '198.51.100.9', '192.0.2.99')).statusCode).toBe(429);
    },
  );
});
