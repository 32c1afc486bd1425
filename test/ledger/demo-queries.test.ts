/** Filters, sorting and paging on the demo data set, as a reader of the ledger would use them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { signedIn, type Call } from './caller.ts';

let t: TestDatabase;
let app: Api;
let call: Call;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
  ({ call } = await signedIn(app, t));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

type Commitment = {
  id: string;
  donor: string;
  co_donors: string[];
  mode: string;
  package: string | null;
  announced_on: string | null;
  items: { equipment: string | null }[];
  state: { status: string };
};
const list = async (query: string) => {
  const res = await call({ method: 'GET', url: `/api/v1/commitments?limit=1000&${query}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Commitment[]; total: number };
};

describe('commitment filters on the demo data', () => {
  it('filters by donor, including co-donors', async () => {
    const { items, total } = await list('donor=de');
    expect(total).toBeGreaterThan(3);
    expect(items.every((c) => c.donor === 'DE' || c.co_donors.includes('DE'))).toBe(true);
  });

  it('filters by mode, package, equipment and derived status', async () => {
    const pooled = await list('mode=pooled');
    expect(pooled.total).toBeGreaterThan(0);
    expect(pooled.items.every((c) => c.mode === 'pooled')).toBe(true);
    const purl2 = await list('package=PURL-2');
    expect(purl2.total).toBeGreaterThan(0);
    expect(purl2.items.every((c) => c.package === 'PURL-2')).toBe(true);
    const patriot = await list('equipment=patriot');
    expect(patriot.total).toBeGreaterThan(0);
    expect(patriot.items.every((c) => c.items.some((i) => i.equipment === 'patriot'))).toBe(true);
    const delivered = await list('status=delivered');
    expect(delivered.total).toBeGreaterThan(0);
    expect(delivered.items.every((c) => c.state.status === 'delivered')).toBe(true);
    const all = await list('');
    expect(delivered.total).toBeLessThan(all.total);
  });

  it('filters by announcement dates and sorts by them', async () => {
    const { items } = await list('from=2023-01-01&to=2023-12-31&sort=announced_on');
    expect(items.length).toBeGreaterThan(0);
    const dates = items.map((c) => c.announced_on!);
    expect(dates.every((d) => d >= '2023-01-01' && d <= '2023-12-31')).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it('pages without losing or repeating a commitment', async () => {
    const all = await list('sort=id');
    const pages: string[] = [];
    for (let offset = 0; offset < all.total; offset += 10) {
      const res = await call({ method: 'GET', url: `/api/v1/commitments?sort=id&limit=10&offset=${offset}` });
      expect(res.json()).toMatchObject({ total: all.total, limit: 10, offset });
      pages.push(...res.json().items.map((c: Commitment) => c.id));
    }
    expect(pages).toEqual(all.items.map((c) => c.id));
  });

  it('lists packages by funder, meetings by date, equipment and claims', async () => {
    const purl = (await call({ method: 'GET', url: '/api/v1/packages/PURL-2' })).json();
    expect(purl.funders.length).toBeGreaterThan(0);
    const funder = purl.funders[0].party as string;
    const byFunder = (await call({ method: 'GET', url: `/api/v1/packages?funder=${funder}` })).json();
    expect(byFunder.items.map((p: { id: string }) => p.id)).toContain('PURL-2');
    const meetings = (
      await call({ method: 'GET', url: '/api/v1/meetings?kind=udcg&from=2022-01-01&to=2022-12-31' })
    ).json();
    expect(meetings.total).toBeGreaterThan(0);
    expect(meetings.items.every((m: { date: string }) => m.date.startsWith('2022'))).toBe(true);
    const patriot = await call({ method: 'GET', url: '/api/v1/equipment/patriot' });
    expect(patriot.json().category).toBe('air_defence');
    const claims = (await call({ method: 'GET', url: '/api/v1/claims?limit=5' })).json();
    expect(claims).toMatchObject({ total: 48, limit: 5 });
    const sources = (await call({ method: 'GET', url: '/api/v1/sources?limit=1' })).json();
    expect(sources.total).toBeGreaterThan(50);
  });
});
