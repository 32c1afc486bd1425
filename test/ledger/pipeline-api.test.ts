/** The pipeline rules as an API caller meets them: what is refused, with which status and field. */
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
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const pledge = (id: string) => ({
  id,
  donor: 'DE',
  recipient: 'UA',
  mode: 'donation',
  items: [
    { equipment: null, category: 'air_defence', quantity: 4 },
    { equipment: null, category: 'munitions', quantity: 100 },
  ],
  money: { amount: '120000000.50', currency: 'EUR' },
  announced_on: '2024-03-01',
  sources: ['https://example.org/pledge'],
});

async function create(id: string) {
  const res = await call({ method: 'POST', url: '/api/v1/commitments', payload: pledge(id) });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function event(id: string, body: Record<string, unknown>) {
  const current = (await call({ method: 'GET', url: `/api/v1/commitments/${id}` })).json();
  return call({
    method: 'POST',
    url: `/api/v1/commitments/${id}/events`,
    payload: { version: current.version, ...body },
  });
}

describe('pipeline through the API', () => {
  it('keeps money exact and answers 201 with a location', async () => {
    const created = await create('c-money');
    expect(created.money).toMatchObject({
      amount: '120000000.50',
      amount_minor: '12000000050',
      currency: 'EUR',
    });
    expect(created.state.status).toBe('announced');
  });

  it('counts partial deliveries per line and derives the status from them', async () => {
    await create('c-partial');
    const first = await event('c-partial', { kind: 'delivery', line: 1, quantity: 2, date: '2024-04-01' });
    expect(first.statusCode).toBe(201);
    expect(first.json().state.status).toBe('delivering');
    expect(first.json().items.map((i: { delivered: number }) => i.delivered)).toEqual([2, 0]);
    await event('c-partial', { kind: 'delivery', line: 1, quantity: 2, date: '2024-05-01' });
    const lineOneDone = (await call({ method: 'GET', url: '/api/v1/commitments/c-partial' })).json();
    expect(lineOneDone.state.status).toBe('delivering');
    const last = await event('c-partial', { kind: 'delivery', line: 2, quantity: 100, date: '2024-06-01' });
    expect(last.json().state.status).toBe('delivered');
  });

  it('refuses a delivery beyond the pledge with 422 naming quantity, unless marked as an increase', async () => {
    await create('c-over');
    const over = await event('c-over', { kind: 'delivery', line: 1, quantity: 5, date: '2024-04-01' });
    expect(over.statusCode).toBe(422);
    expect(over.headers['content-type']).toMatch(/problem\+json/);
    expect(over.json().errors).toEqual([expect.objectContaining({ field: 'quantity' })]);
    const grown = await event('c-over', {
      kind: 'delivery',
      line: 1,
      quantity: 5,
      date: '2024-04-01',
      increase: true,
    });
    expect(grown.statusCode).toBe(201);
    expect(grown.json().items[0]).toMatchObject({ quantity: 5, delivered: 5 });
  });

  it('refuses a step backwards, except by an explicit correction', async () => {
    await create('c-back');
    await event('c-back', { kind: 'status', status: 'contracted', date: '2024-04-01' });
    const back = await event('c-back', { kind: 'status', status: 'committed', date: '2024-04-02' });
    expect(back.statusCode).toBe(422);
    expect(back.json().errors[0].field).toBe('status');
    const corrected = await event('c-back', { kind: 'correction', status: 'committed', date: '2024-04-02' });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json().state.status).toBe('committed');
  });

  it('treats cancellation as final', async () => {
    await create('c-cancel');
    await event('c-cancel', { kind: 'status', status: 'cancelled', date: '2024-04-01' });
    const after = await event('c-cancel', { kind: 'delivery', line: 1, quantity: 1, date: '2024-04-03' });
    expect(after.statusCode).toBe(422);
    expect(after.json().detail).toMatch(/cancelled, which is final/);
    const view = (await call({ method: 'GET', url: '/api/v1/commitments/c-cancel' })).json();
    expect(view.state.status).toBe('cancelled');
    expect(view.items[0].delivered).toBe(0);
  });

  it('shows a suspension in force, and lifts it on resumption', async () => {
    await create('c-suspend');
    const suspended = await event('c-suspend', { kind: 'suspension', date: '2024-04-01' });
    expect(suspended.json().state.suspended).toEqual({ since: '2024-04-01', until: null });
    const twice = await event('c-suspend', { kind: 'suspension', date: '2024-04-05' });
    expect(twice.statusCode).toBe(422);
    const resumed = await event('c-suspend', { kind: 'resumption', date: '2024-05-01' });
    expect(resumed.json().state.suspended).toBeNull();
    const asOf = await call({ method: 'GET', url: '/api/v1/commitments/c-suspend?as_of=2024-04-15' });
    expect(asOf.json().state.suspended).toEqual({ since: '2024-04-01', until: null });
  });

  it('reproduces an earlier state with as_of after later events', async () => {
    await create('c-asof');
    await event('c-asof', { kind: 'status', status: 'contracted', date: '2024-04-01' });
    await event('c-asof', { kind: 'delivery', line: 1, quantity: 3, date: '2024-06-01' });
    const then = (await call({ method: 'GET', url: '/api/v1/commitments/c-asof?as_of=2024-05-01' })).json();
    expect(then.state).toMatchObject({ status: 'contracted', as_of: '2024-05-01' });
    expect(then.items[0].delivered).toBe(0);
    expect(then.events.map((e: { kind: string }) => e.kind)).toEqual(['status', 'status']);
    const before = await call({ method: 'GET', url: '/api/v1/commitments/c-asof?as_of=2024-02-01' });
    expect(before.statusCode).toBe(404);
    const listed = (
      await call({ method: 'GET', url: '/api/v1/commitments?as_of=2024-05-01&status=contracted' })
    ).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toContain('c-asof');
  });
});
