import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('health and metrics', () => {
  it('says it is alive and ready, with what it checked', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok', database: t.db.kind });
    const ready = await get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.headers['content-type']).toMatch(/^application\/json/);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      checks: {
        database: { ok: true, detail: expect.stringContaining(t.db.kind) },
        migrations: { ok: true, detail: expect.stringMatching(/^\d+ applied$/) },
        queue: { ok: true },
      },
    });
  });

  it('is not ready while a migration is pending', async () => {
    const [last] = await t.db.query<{ id: string; name: string; checksum: string }>(
      'SELECT id, name, checksum FROM schema_migrations ORDER BY id DESC LIMIT 1',
    );
    await t.db.query('DELETE FROM schema_migrations WHERE id = $1', [last!.id]);
    try {
      const res = await get('/readyz');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({
        status: 'unavailable',
        checks: {
          database: { ok: true },
          migrations: { ok: false, detail: `pending: ${last!.id}_${last!.name}` },
        },
      });
    } finally {
      await t.db.query('INSERT INTO schema_migrations (id, name, checksum) VALUES ($1, $2, $3)', [
        last!.id,
        last!.name,
        last!.checksum,
      ]);
    }
    expect((await get('/readyz')).statusCode).toBe(200);
  });

  it('counts requests by route template and status, with latency, in the Prometheus format', async () => {
    await get('/api/v1/parties/DE');
    await get('/api/v1/parties/FR');
    await get('/api/v1/parties/ZZ');
    const res = await get('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(text).toContain(
      'ramstein_http_requests_total{method="GET",route="/api/v1/parties/:code",status="200"} 2',
    );
    expect(text).toContain(
      'ramstein_http_requests_total{method="GET",route="/api/v1/parties/:code",status="404"} 1',
    );
    expect(text).toMatch(
      /ramstein_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/parties\/:code",status="200"\} 2/,
    );
    expect(text).toMatch(/ramstein_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/# TYPE ramstein_report_cache_requests_total counter/);
    expect(text).toMatch(/ramstein_process_resident_memory_bytes \d+/);
  });

  it('is not ready when the database does not answer, and says so', async () => {
    const down = { ...t.db, query: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) };
    const cut = await buildServer({ ...t.ctx, db: down }, { logger: false });
    try {
      const res = await cut.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().checks.database).toEqual({
        ok: false,
        detail: 'connect ECONNREFUSED 127.0.0.1:5432',
      });
      // Alive all the same: restarting the process would not bring the database back.
      expect((await cut.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await cut.close();
    }
  });
});
