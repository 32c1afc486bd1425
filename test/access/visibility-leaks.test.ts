/**
 * Restricted records of two nations: each nation's representative must see their own and never
 * the other's, in every read path — lists, counts, single reads, ETags, error messages, reports,
 * exports, audit trail and review queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { exportLedger } from '../../src/app/interchange/export-ledger.ts';
import { createClaim } from '../../src/app/claims/create-claim.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
const auth: Record<string, { authorization: string }> = {};
const secret = { de: 'de-secret-iris-2026', fr: 'fr-secret-caesar-2026' };

beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  await importLedger(t.ctx, { equipment: readLedgerPath('data/demo').equipment });
  await createCommitment(t.ctx, {
    id: secret.de,
    donor: 'DE',
    recipient: 'UA',
    mode: 'donation',
    items: [{ equipment: 'iris-t-slm', quantity: 3 }],
    money: { amount: '450000000', currency: 'EUR' },
    announced_on: '2026-01-15',
    visibility: 'restricted',
    note: 'DE planning figure',
  });
  await createCommitment(t.ctx, {
    id: secret.fr,
    donor: 'FR',
    recipient: 'UA',
    mode: 'donation',
    items: [{ equipment: 'caesar', quantity: 12 }],
    money: { amount: '48000000', currency: 'EUR' },
    announced_on: '2026-01-20',
    visibility: 'restricted',
  });
  await createCommitment(t.ctx, {
    id: 'public-pl-2026',
    donor: 'PL',
    recipient: 'UA',
    mode: 'donation',
    items: [{ category: 'munitions', quantity: 1000 }],
    money: { amount: '10000000', currency: 'EUR' },
    announced_on: '2026-01-10',
  });
  await createClaim(t.ctx, {
    id: 'de-secret-total',
    subject: 'German deliveries planned for 2026',
    party: 'DE',
    amount: '9000000000',
    currency: 'EUR',
    visibility: 'restricted',
    owner_party: 'DE',
  });
  for (const [name, party] of [
    ['de', 'DE'],
    ['fr', 'FR'],
  ] as const) {
    auth[name] = {
      authorization: `Bearer ${(await createApiToken(t.ctx, { name, role: 'representative', party })).token}`,
    };
  }
  auth.analyst = {
    authorization: `Bearer ${(await createApiToken(t.ctx, { name: 'an', role: 'analyst', party: null })).token}`,
  };
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string, who: string) =>
  app.inject({ method: 'GET', url, headers: who === 'public' ? {} : auth[who] });

describe('restricted records', () => {
  it('appear in lists and counts for their own nation only', async () => {
    const de = (await get('/api/v1/commitments?limit=100', 'de')).json();
    const fr = (await get('/api/v1/commitments?limit=100', 'fr')).json();
    const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);
    expect(ids(de)).toContain(secret.de);
    expect(ids(de)).not.toContain(secret.fr);
    expect(ids(fr)).toContain(secret.fr);
    expect(ids(fr)).not.toContain(secret.de);
    expect(de.total).toBe(fr.total); // one restricted record each, the rest shared
    for (const who of ['analyst', 'public']) {
      const page = (await get('/api/v1/commitments?limit=100', who)).json();
      expect(ids(page)).not.toContain(secret.de);
      expect(ids(page)).not.toContain(secret.fr);
      expect(page.total).toBe(de.total - 1);
    }
  });

  it('are answered like records that do not exist, ETags included', async () => {
    const foreign = await get(`/api/v1/commitments/${secret.fr}`, 'de');
    const missing = await get('/api/v1/commitments/no-such-commitment', 'de');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(missing.json().detail.replace('no-such-commitment', secret.fr));
    expect(foreign.headers.etag).toBeUndefined();
    const own = await get(`/api/v1/commitments/${secret.de}`, 'de');
    expect(own.statusCode).toBe(200);
    expect(own.headers.etag).toBeDefined();
    // A list ETag is computed from what the caller sees: the other nation's changes do not alter it.
    const before = (await get('/api/v1/commitments?limit=100', 'de')).headers.etag;
    const fr = await get(`/api/v1/commitments/${secret.fr}`, 'fr');
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/commitments/${secret.fr}`,
      headers: auth.fr,
      payload: { version: fr.json().version, note: 'revised' },
    });
    expect((await get('/api/v1/commitments?limit=100', 'de')).headers.etag).toBe(before);
  });

  it('are left out of filters by equipment and donor', async () => {
    expect((await get('/api/v1/commitments?equipment=caesar', 'de')).json().total).toBe(0);
    expect((await get('/api/v1/commitments?donor=FR', 'de')).json().total).toBe(0);
    expect((await get('/api/v1/commitments?donor=FR', 'fr')).json().total).toBe(1);
  });

  it('are counted in reports for their own nation only', async () => {
    const donors = async (who: string) =>
      (
        (await get('/api/v1/reports/burden?from=2026-01-01', who)).json() as { donors: { donor: string }[] }
      ).donors.map((d) => d.donor);
    expect(await donors('de')).toEqual(expect.arrayContaining(['DE', 'PL']));
    expect(await donors('de')).not.toContain('FR');
    expect(await donors('fr')).not.toContain('DE');
    expect(await donors('public')).toEqual(['PL']);
  });

  it('stay out of the other nation’s exports, claims and audit trail', async () => {
    const exported = JSON.stringify(
      await exportLedger(actingAs(t.ctx, { id: 'x', role: 'representative', party: 'FR' }, null)),
    );
    expect(exported).toContain(secret.fr);
    expect(exported).not.toContain(secret.de);
    expect(exported).not.toContain('de-secret-total');
    const claims = JSON.stringify((await get('/api/v1/claims?limit=200', 'fr')).json());
    expect(claims).not.toContain('de-secret-total');
    const trail = JSON.stringify((await get('/api/v1/audit?limit=500', 'fr')).json());
    expect(trail).not.toContain(secret.de);
    expect(trail).not.toContain('DE planning figure');
  });
});
