/** Concurrent edits through the API: versions, ETags, 304, 409 and 412, and the audit trail of each change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { signedIn, type Call } from './caller.ts';

let t: TestDatabase;
let app: Api;
let call: Call;
beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  ({ call } = await signedIn(app, t));
  const res = await call({
    method: 'POST',
    url: '/api/v1/commitments',
    payload: {
      id: 'c-edit',
      donor: 'NL',
      recipient: 'UA',
      items: [{ category: 'munitions', quantity: 1000 }],
      announced_on: '2024-02-01',
    },
  });
  expect(res.statusCode).toBe(201);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) => call({ method: 'GET', url, headers });

describe('versions and entity tags', () => {
  it('refuses a stale version with 409 and changes nothing', async () => {
    const first = await call({
      method: 'PATCH',
      url: '/api/v1/commitments/c-edit',
      payload: { version: 1, note: 'first edit' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await call({
      method: 'PATCH',
      url: '/api/v1/commitments/c-edit',
      payload: { version: 1, note: 'lost edit' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    const staleEvent = await call({
      method: 'POST',
      url: '/api/v1/commitments/c-edit/events',
      payload: { version: 1, kind: 'status', status: 'committed', date: '2024-03-01' },
    });
    expect(staleEvent.statusCode).toBe(409);
    const now = (await get('/api/v1/commitments/c-edit')).json();
    expect(now).toMatchObject({ version: 2, note: 'first edit' });
    expect(now.state.status).toBe('announced');
  });

  it('answers 304 to If-None-Match with the current ETag, and a new tag after a change', async () => {
    const res = await get('/api/v1/commitments/c-edit');
    const tag = res.headers.etag as string;
    expect(tag).toMatch(/^"[^"]+"$/);
    const again = await get('/api/v1/commitments/c-edit', { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const listTag = (await get('/api/v1/commitments?donor=NL')).headers.etag as string;
    expect((await get('/api/v1/commitments?donor=NL', { 'if-none-match': listTag })).statusCode).toBe(304);

    const changed = await call({
      method: 'PATCH',
      url: '/api/v1/commitments/c-edit',
      headers: { 'if-match': tag },
      payload: { confidence: 'high' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect((await get('/api/v1/commitments/c-edit', { 'if-none-match': tag })).statusCode).toBe(200);
    expect((await get('/api/v1/commitments?donor=NL', { 'if-none-match': listTag })).statusCode).toBe(200);
  });

  it('refuses an If-Match that no longer names the record with 412', async () => {
    const old = (await get('/api/v1/commitments/c-edit')).headers.etag as string;
    await call({
      method: 'POST',
      url: '/api/v1/commitments/c-edit/events',
      headers: { 'if-match': old },
      payload: { kind: 'status', status: 'committed', date: '2024-03-01' },
    });
    const late = await call({
      method: 'PATCH',
      url: '/api/v1/commitments/c-edit',
      headers: { 'if-match': old },
      payload: { note: 'too late' },
    });
    expect(late.statusCode).toBe(412);
    expect((await get('/api/v1/commitments/c-edit')).json().note).toBe('first edit');
  });

  it('asks for a version when neither body nor If-Match names one', async () => {
    const res = await call({ method: 'PATCH', url: '/api/v1/commitments/c-edit', payload: { note: 'x' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'version' })]);
  });

  it('names the invalid body field in a 422 and the invalid query field in a 400', async () => {
    const body = await call({
      method: 'POST',
      url: '/api/v1/commitments',
      payload: { donor: 'DE', recipient: 'UA', items: [{ category: 'munitions', quantity: -3 }] },
    });
    expect(body.statusCode).toBe(422);
    expect(body.json().errors).toEqual([expect.objectContaining({ field: 'items.0.quantity' })]);
    const query = await get('/api/v1/commitments?from=2024-13-01');
    expect(query.statusCode).toBe(400);
    expect(query.json().errors).toEqual([expect.objectContaining({ field: 'from' })]);
    expect((await get('/api/v1/commitments/no-such')).statusCode).toBe(404);
    expect((await get('/api/v1/packages/no-such')).statusCode).toBe(404);
  });

  it('answers 412 to the loser of two simultaneous writes based on the same If-Match, on every database', async () => {
    const created = await call({
      method: 'POST',
      url: '/api/v1/commitments',
      payload: {
        id: 'c-race',
        donor: 'NL',
        recipient: 'UA',
        items: [{ category: 'munitions', quantity: 5 }],
      },
    });
    const tag = created.headers.etag as string;
    const write = (note: string) =>
      call({
        method: 'PATCH',
        url: '/api/v1/commitments/c-race',
        headers: { 'if-match': tag },
        payload: { note },
      });
    const answers = await Promise.all([write('race a'), write('race b'), write('race c')]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([200, 412, 412]);
    const winner = answers.find((a) => a.statusCode === 200)!.json().note;
    expect((await get('/api/v1/commitments/c-race')).json().note).toBe(winner);
  });

  it('versions the other record kinds the same way', async () => {
    const created = await call({
      method: 'POST',
      url: '/api/v1/meetings',
      payload: { id: 'udcg-test', kind: 'udcg', date: '2024-09-06', place: 'Ramstein', chairs: ['US'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/v1/meetings/udcg-test');
    const tag = created.headers.etag as string;
    const moved = await call({
      method: 'PATCH',
      url: '/api/v1/meetings/udcg-test',
      headers: { 'if-match': tag },
      payload: { place: 'Ramstein Air Base' },
    });
    expect(moved.json()).toMatchObject({ version: 2, place: 'Ramstein Air Base' });
    const stale = await call({
      method: 'PATCH',
      url: '/api/v1/meetings/udcg-test',
      payload: { version: 1, place: 'Brussels' },
    });
    expect(stale.statusCode).toBe(409);
    const lost = await call({
      method: 'PATCH',
      url: '/api/v1/meetings/udcg-test',
      headers: { 'if-match': tag },
      payload: { place: 'Brussels' },
    });
    expect(lost.statusCode).toBe(412);
    expect((await get('/api/v1/meetings/udcg-test')).json().place).toBe('Ramstein Air Base');
  });

  it('keeps the audit history of a record, newest first, with the request that made each change', async () => {
    const res = await get('/api/v1/audit?record_type=commitment&record_id=c-edit');
    expect(res.statusCode).toBe(200);
    const actions = res.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'commitment.event.status',
      'commitment.update',
      'commitment.update',
      'commitment.create',
    ]);
    expect(res.json().items[0]).toMatchObject({ actor: expect.any(String), request_id: expect.any(String) });
    const traced = await call({
      method: 'PATCH',
      url: '/api/v1/commitments/c-edit',
      headers: { 'x-request-id': 'trace-audit-1' },
      payload: { version: 4, note: 'traced' },
    });
    expect(traced.statusCode).toBe(200);
    const latest = (await get('/api/v1/audit?record_id=c-edit&limit=1')).json();
    expect(latest).toMatchObject({ total: 5, limit: 1 });
    expect(latest.items[0].request_id).toBe('trace-audit-1');
  });

  it('lists every ledger route in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/commitments',
        '/api/v1/commitments/{id}',
        '/api/v1/commitments/{id}/events',
        '/api/v1/packages/{id}',
        '/api/v1/meetings',
        '/api/v1/claims',
        '/api/v1/equipment/{id}',
        '/api/v1/targets',
        '/api/v1/sources/{id}',
        '/api/v1/audit',
      ]),
    );
    expect(doc.paths['/api/v1/commitments/{id}'].patch.summary).toMatch(/409/);
  });
});
