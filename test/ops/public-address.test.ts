/**
 * The configured public address (PUBLIC_BASE_URL) names the installation wherever it is reached:
 * calendar entries keep identifiers of its host whatever Host header the feed was fetched with,
 * the OpenAPI document names it as the server, and a job's Location is a path under it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  const config = loadConfig({ PUBLIC_BASE_URL: 'https://aid.example.org/' });
  app = await buildServer(
    { ...t.ctx, publicHost: config.publicHost },
    { logger: false, publicBaseUrl: config.publicBaseUrl },
  );
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const uids = (ics: string) => ics.match(/^UID:.*$/gm)!.sort();

describe('the public address', () => {
  it('is read from PUBLIC_BASE_URL, without a trailing slash, and only when set', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://aid.example.org/' })).toMatchObject({
      publicBaseUrl: 'https://aid.example.org',
      publicHost: 'aid.example.org',
    });
    expect(loadConfig({ PORT: '9000' })).toMatchObject({
      publicBaseUrl: 'http://127.0.0.1:9000',
      publicHost: null,
    });
  });

  it('names calendar entries with its host, whatever address the feed is fetched at', async () => {
    const direct = await app.inject({ method: 'GET', url: '/api/v1/calendar.ics' });
    const proxied = await app.inject({
      method: 'GET',
      url: '/api/v1/calendar.ics',
      headers: { host: 'internal-node-7:8080', 'x-forwarded-host': 'other.example.net' },
    });
    expect(direct.statusCode).toBe(200);
    expect(direct.body).toContain('UID:udcg-26@aid.example.org\r\n');
    expect(uids(direct.body).every((uid) => uid.endsWith('@aid.example.org'))).toBe(true);
    expect(uids(proxied.body)).toEqual(uids(direct.body));
  });

  it('is the server of the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.servers).toEqual([{ url: 'https://aid.example.org' }]);
  });
});
