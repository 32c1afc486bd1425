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

describe('HTTP API', () => {
  it('answers the health check with the database kind', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.db.kind });
    expect(res.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('echoes a request id given by the caller', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers['x-request-id']).toBe('trace-42');
  });

  it('lists and finds parties, with paging', async () => {
    const res = await get('/api/v1/parties?kind=state&limit=5&offset=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(5);
    expect(body.total).toBeGreaterThanOrEqual(249);
    expect(body).toMatchObject({ limit: 5, offset: 10 });
    const fr = await get('/api/v1/parties/fr');
    expect(fr.json().names.de).toBe('Frankreich');
  });

  it('serves defence expenditure by party and year', async () => {
    const res = await get(
      '/api/v1/indicators?party=PL&indicator=defence_expenditure_pct_gdp&year_from=2024&year_to=2024',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ party: 'PL', year: 2024, value: '4.12', quality: 'primary' }),
    ]);
    const both = await get(
      '/api/v1/indicators?party=PL&indicator=defence_expenditure_pct_gdp&year_from=2025&quality=primary,secondary',
    );
    expect(both.json().items).toEqual([expect.objectContaining({ year: 2025, quality: 'secondary' })]);
  });

  it('converts money at the rate of the value date', async () => {
    const res = await get('/api/v1/fx/convert?amount=1000000&from=EUR&to=USD&on=2024-06-15');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      from: { amount: '1000000.00', amount_minor: '100000000', currency: 'EUR' },
      to: { amount: '1068600.00', currency: 'USD' },
      rate_date: '2024-06-14',
    });
    const mean = await get('/api/v1/exchange-rates/USD?from=2024-01-01&to=2024-12-31');
    expect(mean.json()).toMatchObject({ count: 256, mean: '1.082380' });
  });

  it('answers unknown routes with a problem+json 404', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('names the invalid field in a 400', async () => {
    const res = await get('/api/v1/fx/convert?amount=12&from=EUR&to=USD&on=2024-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = res.json();
    expect(body.errors).toEqual([expect.objectContaining({ field: 'on' })]);
    expect(body.detail).toMatch(/on: not a calendar date/);
  });

  it('refuses an unknown valuation basis with the valid ones, and names the basis it used', async () => {
    const res = await get('/api/v1/reports/burden?valuation=market');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'valuation' })]);
    expect(res.json().detail).toMatch(/valuation: .*record.*catalogue.*kiel.*declared/);
    const kiel = await get('/api/v1/reports/burden?valuation=kiel');
    expect(kiel.statusCode).toBe(200);
    expect(kiel.json().valuation).toBe('kiel');
  });

  it('turns domain errors into problems with the right status', async () => {
    const unknown = await get('/api/v1/fx/convert?amount=12&from=XYZ&to=USD&on=2024-02-01');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toMatch(/unknown currency "XYZ"/);
    const early = await get('/api/v1/fx/convert?amount=12&from=EUR&to=USD&on=1990-01-01');
    expect(early.statusCode).toBe(404);
    const party = await get('/api/v1/parties/ZZ');
    expect(party.statusCode).toBe(404);
  });

  it('publishes an OpenAPI 3.1 document of every route, built from the validating schemas', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/api/v1/parties',
        '/api/v1/parties/{code}',
        '/api/v1/indicators',
        '/api/v1/fx/convert',
      ]),
    );
    const params = doc.paths['/api/v1/fx/convert'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['amount', 'from', 'to', 'on']));
  });

  it('serves the interactive API reference without any external resource', async () => {
    const res = await get('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger-ui/i);
    expect(res.body).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.[a-z]{2,}\/[^"']*\.(js|css)/i);
    const script = res.body.match(/src="\.?\/?([^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`/api/docs/${script!.replace(/^\.\//, '')}`);
    expect(asset.statusCode).toBe(200);
  });
});
