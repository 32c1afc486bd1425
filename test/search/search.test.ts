/**
 * The search box: one query finds commitments (by donor name, equipment alias, note), parties,
 * equipment and meetings, and never a record the caller may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
const auth: Record<string, { authorization: string }> = {};

beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  const demo = readLedgerPath('data/demo');
  await importLedger(t.ctx, { equipment: demo.equipment, meetings: demo.meetings });
  await createCommitment(t.ctx, {
    id: 'no-restricted-nasams',
    donor: 'NO',
    recipient: 'UA',
    mode: 'donation',
    items: [{ equipment: 'nasams-interceptor', quantity: 40 }],
    announced_on: '2026-03-02',
    visibility: 'restricted',
    note: 'Norwegian planning figure 100% confidential_',
  });
  await createCommitment(t.ctx, {
    id: 'no-public-patriot-missiles',
    donor: 'NO',
    recipient: 'UA',
    mode: 'funded_purchase',
    items: [{ equipment: 'patriot-interceptor', quantity: 12 }],
    announced_on: '2026-02-12',
  });
  for (const party of ['NO', 'DE']) {
    const { token } = await createApiToken(t.ctx, { name: party, role: 'representative', party });
    auth[party] = { authorization: `Bearer ${token}` };
  }
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function find(q: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url: `/api/v1/search?q=${encodeURIComponent(q)}`, headers });
  return { status: res.statusCode, body: res.json() };
}

describe('search', () => {
  it('finds a commitment by its donor’s name in another language and by an equipment alias', async () => {
    const byName = await find('norvège');
    expect(byName.status).toBe(200);
    expect(byName.body.commitments.map((c: { id: string }) => c.id)).toEqual(['no-public-patriot-missiles']);
    expect(byName.body.parties[0]).toMatchObject({ code: 'NO', commitments: 1 });
    const byAlias = await find('PAC-3');
    expect(byAlias.body.commitments[0]).toMatchObject({
      id: 'no-public-patriot-missiles',
      items: [{ equipment: 'patriot-interceptor', quantity: 12, quantity_qualifier: 'exact' }],
    });
    expect(byAlias.body.equipment.map((e: { id: string }) => e.id)).toContain('patriot-interceptor');
  });

  it('finds meetings by place', async () => {
    const { body } = await find('Ramstein Air');
    expect(body.meetings.map((m: { id: string }) => m.id)).toContain('udcg-01');
  });

  it('shows a restricted commitment to its own nation only', async () => {
    const secret = (hits: { commitments: { id: string }[] }) =>
      hits.commitments.some((c) => c.id === 'no-restricted-nasams');
    expect(secret((await find('nasams')).body)).toBe(false);
    expect(secret((await find('nasams', auth.DE)).body)).toBe(false);
    expect(secret((await find('nasams', auth.NO)).body)).toBe(true);
    // The count of a party's commitments follows the same rule.
    expect((await find('NO', auth.DE)).body.parties[0]).toMatchObject({ code: 'NO', commitments: 1 });
    expect((await find('NO', auth.NO)).body.parties[0]).toMatchObject({ code: 'NO', commitments: 2 });
  });

  it('takes % and _ literally and refuses a query too short to mean anything', async () => {
    expect((await find('100%', auth.NO)).body.commitments.map((c: { id: string }) => c.id)).toEqual([
      'no-restricted-nasams',
    ]);
    expect((await find('%%', auth.NO)).body.commitments).toEqual([]);
    const short = await app.inject({ method: 'GET', url: '/api/v1/search?q=a' });
    expect(short.statusCode).toBe(400);
    expect(short.headers['content-type']).toContain('application/problem+json');
  });
});
