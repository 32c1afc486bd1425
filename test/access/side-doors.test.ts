/**
 * The side doors of two nations' restricted records: review merges, audit reverts, pledges in
 * another nation's name, suspensions, requirement links, sources, ids of hidden records, other
 * sessions after a password change, source URLs and request ids. Each refused call must change
 * nothing and tell nothing about what the caller may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createUser } from '../../src/app/accounts/manage-users.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { importRequirementList } from '../../src/app/requirements/import-requirement-list.ts';
import { ingestArticle } from '../../src/app/review/ingest-article.ts';
import { createPolicyEvent } from '../../src/app/timeline/create-policy-event.ts';
import { getPolicyEvent } from '../../src/app/timeline/get-policy-event.ts';
import type { Actor } from '../../src/domain/access/actor.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
const auth: Record<string, { authorization: string }> = {};
const secret = { de: 'de-secret-iris', fr: 'fr-secret-caesar' };
const secretUrl = 'https://intranet.example.fr/caesar-plan';
const rep = (party: string): Actor => ({ id: `rep-${party}`, role: 'representative', party });

beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  await importLedger(t.ctx, { equipment: readLedgerPath('data/demo').equipment });
  const base = { recipient: 'UA', mode: 'donation' as const, visibility: 'restricted' as const };
  await createCommitment(t.ctx, {
    ...base,
    id: secret.de,
    donor: 'DE',
    items: [{ equipment: 'iris-t-slm', quantity: 3 }],
    announced_on: '2026-01-15',
  });
  await createCommitment(t.ctx, {
    ...base,
    id: secret.fr,
    donor: 'FR',
    items: [
      { equipment: 'caesar', quantity: 12 },
      { category: 'munitions', quantity: 5000 },
    ],
    announced_on: '2026-01-20',
    sources: [{ url: secretUrl, title: 'CAESAR delivery plan', publisher: 'FR MoD' }],
  });
  await createCommitment(t.ctx, {
    id: 'pl-public',
    donor: 'PL',
    recipient: 'UA',
    mode: 'donation',
    items: [{ category: 'munitions', quantity: 1000 }],
    announced_on: '2026-01-10',
  });
  await importRequirementList(t.ctx, {
    id: 'ua-needs',
    recipient: 'UA',
    title: 'Needs',
    requirements: [
      { key: 'arty', priority: 1, capability: 'Artillery', category: 'artillery', quantity: 50 },
    ],
  });
  for (const party of ['DE', 'FR', 'NO']) {
    const { token } = await createApiToken(t.ctx, { name: party, role: 'representative', party });
    auth[party] = { authorization: `Bearer ${token}` };
  }
  const analyst = await createApiToken(t.ctx, { name: 'an', role: 'analyst', party: null });
  auth.analyst = { authorization: `Bearer ${analyst.token}` };
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  who: string,
  payload?: object,
) => app.inject({ method, url, headers: who === 'public' ? {} : auth[who], ...(payload ? { payload } : {}) });

/** Everything the ledger holds that a refused call might have changed. */
async function fingerprint() {
  const [row] = await t.db.query<{ print: string }>(
    `SELECT md5(concat_ws('|',
       (SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM commitments),
       (SELECT count(*) FROM commitment_events),
       (SELECT count(*) FROM requirement_links),
       (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM candidates),
       (SELECT count(*) FROM sources),
       (SELECT count(*) FROM policy_events))) AS print`,
  );
  return row!.print;
}

describe('side doors', () => {
  it('a representative cannot record a pledge in another nation’s name', async () => {
    const before = await fingerprint();
    const res = await call('POST', '/api/v1/commitments', 'DE', {
      donor: 'NO',
      recipient: 'UA',
      mode: 'financial',
      money: { amount: '1000000000', currency: 'EUR' },
      owner_party: 'DE',
      announced_on: '2026-02-01',
    });
    expect(res.statusCode).toBe(403);
    expect(await fingerprint()).toBe(before);
    // Norway's own representative still writes Norway's pledges.
    const own = await call('POST', '/api/v1/commitments', 'NO', {
      donor: 'NO',
      recipient: 'UA',
      mode: 'financial',
      money: { amount: '1000000', currency: 'EUR' },
      announced_on: '2026-02-01',
    });
    expect(own.statusCode).toBe(201);
  });

  it('creating a record with the id of a hidden one tells nothing about it', async () => {
    const pledge = { donor: 'DE', recipient: 'UA', mode: 'donation', announced_on: '2026-02-02' };
    const hidden = await call('POST', '/api/v1/commitments', 'DE', { ...pledge, id: secret.fr });
    const visible = await call('POST', '/api/v1/commitments', 'DE', { ...pledge, id: 'pl-public' });
    expect(hidden.statusCode).toBe(visible.statusCode);
    expect(hidden.json().detail).toBe(visible.json().detail.replace('pl-public', secret.fr));
    expect(hidden.json().detail).not.toMatch(/exists/);
  });

  it('an analyst cannot change a commitment through a review merge', async () => {
    const article =
      'Paris, 2 February 2026. France will deliver twelve CAESAR howitzers to Ukraine worth EUR 40 million, the ministry said.';
    const ingested = await ingestArticle(actingAs(t.ctx, { id: 'an', role: 'analyst', party: null }, null), {
      text: article,
      published: '2026-02-02',
    });
    const candidate = ingested.candidates[0]!;
    const before = await fingerprint();
    const hidden = await call('POST', `/api/v1/review/${candidate}/merge`, 'analyst', {
      commitment: secret.fr,
    });
    const missing = await call('POST', `/api/v1/review/${candidate}/merge`, 'analyst', {
      commitment: 'nope',
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(missing.json().detail.replace('nope', secret.fr));
    expect(await fingerprint()).toBe(before);
    // Into a visible commitment it becomes a proposal: the commitment is unchanged, the candidate waits.
    const proposed = await call('POST', `/api/v1/review/${candidate}/merge`, 'analyst', {
      commitment: 'pl-public',
    });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json()).toMatchObject({ status: 'pending', proposed_merge: 'pl-public' });
    expect((await call('GET', '/api/v1/commitments/pl-public', 'analyst')).json().version).toBe(1);
  });

  it('a representative reverts only changes to their own nation’s records, and learns nothing of others', async () => {
    const fr = (await call('GET', `/api/v1/commitments/${secret.fr}`, 'FR')).json();
    const delivered = await call('POST', `/api/v1/commitments/${secret.fr}/events`, 'FR', {
      version: fr.version,
      kind: 'delivery',
      date: '2026-02-10',
      line: 1,
      quantity: 4,
    });
    expect(delivered.statusCode).toBe(201);
    const events = (await call('GET', `/api/v1/audit?record_id=${secret.fr}`, 'FR')).json().items;
    const seq = events[0].seq;
    const before = await fingerprint();
    const foreign = await call('POST', `/api/v1/audit/${seq}/revert`, 'DE');
    const missing = await call('POST', '/api/v1/audit/999999/revert', 'DE');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(missing.json().detail.replace('999999', String(seq)));
    expect(await fingerprint()).toBe(before);
    expect((await call('POST', `/api/v1/audit/${seq}/revert`, 'FR')).statusCode).toBe(200);
  });

  it('a suspension touches only commitments its author may write, each change audited', async () => {
    const de = actingAs(t.ctx, rep('DE'), null);
    const suspension = {
      kind: 'suspension' as const,
      party: 'FR',
      title: 'France holds deliveries',
      announced_on: '2026-03-01',
      starts_on: '2026-03-01',
      owner_party: 'DE',
    };
    const before = await fingerprint();
    await expect(createPolicyEvent(de, { ...suspension, id: 'fake-fr-hold' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await fingerprint()).toBe(before);

    // A coordinator's suspension of French aid suspends the restricted French commitment...
    const event = await createPolicyEvent(t.ctx, {
      ...suspension,
      id: 'fr-hold',
      owner_party: null,
    });
    expect(event.applied_to.map((a) => a.commitment)).toEqual([secret.fr]);
    const [audited] = await t.db.query<{ n: bigint }>(
      `SELECT count(*) AS n FROM audit_events WHERE record_id = $1 AND action = 'commitment.event.suspension'`,
      [secret.fr],
    );
    expect(Number(audited!.n)).toBe(1);
    // ...which another nation's representative does not see in the event.
    const seenByDe = await getPolicyEvent(de, 'fr-hold');
    expect(seenByDe.applied_to).toEqual([]);
  });

  it('a representative links only commitments they can see, and errors tell nothing of hidden ones', async () => {
    const before = await fingerprint();
    const link = (commitment: string, line?: number) =>
      call('PUT', `/api/v1/requirements/ua-needs/items/arty/links/${commitment}`, 'DE', line ? { line } : {});
    const hidden = await link(secret.fr, 2);
    const missing = await link('no-such', 2);
    expect(hidden.statusCode).toBe(missing.statusCode);
    expect(hidden.json().detail).toBe(missing.json().detail.replace('no-such', secret.fr));
    const unlink = await call('DELETE', `/api/v1/requirements/ua-needs/items/arty/links/${secret.fr}`, 'DE');
    const unlinkMissing = await call(
      'DELETE',
      '/api/v1/requirements/ua-needs/items/arty/links/no-such',
      'DE',
    );
    expect(unlink.statusCode).toBe(unlinkMissing.statusCode);
    expect(await fingerprint()).toBe(before);
  });

  it('a source cited only by a restricted record is seen only by those who see that record', async () => {
    const urls = async (who: string) =>
      ((await call('GET', '/api/v1/sources?limit=500', who)).json().items as { url: string }[]).map(
        (s) => s.url,
      );
    expect(await urls('public')).not.toContain(secretUrl);
    expect(await urls('DE')).not.toContain(secretUrl);
    expect(await urls('analyst')).not.toContain(secretUrl);
    expect(await urls('FR')).toContain(secretUrl);
    // Nor can it be cited by id to make it visible.
    const [source] = await t.db.query<{ id: string }>('SELECT id FROM sources WHERE url = $1', [secretUrl]);
    const cite = await call('POST', '/api/v1/commitments', 'DE', {
      donor: 'DE',
      recipient: 'UA',
      announced_on: '2026-02-03',
      sources: [{ id: source!.id }],
    });
    expect(cite.statusCode).toBe(422);
    expect(await urls('DE')).not.toContain(secretUrl);
  });

  it('source links are web addresses only', async () => {
    const before = await fingerprint();
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      const res = await call('POST', '/api/v1/commitments', 'DE', {
        donor: 'DE',
        recipient: 'UA',
        announced_on: '2026-02-03',
        sources: [url],
      });
      expect(res.statusCode).toBe(422);
    }
    await expect(
      importLedger(t.ctx, {
        commitments: [
          {
            id: 'x-js',
            donor: 'DE',
            recipient: 'UA',
            announced_on: '2026-02-03',
            sources: ['javascript:alert(1)'],
          },
        ],
      } as never),
    ).rejects.toThrow(/http\(s\) URL/);
    expect(await fingerprint()).toBe(before);
  });

  it('a client request id is stored only when short and plain', async () => {
    const pledge = { donor: 'DE', recipient: 'UA', announced_on: '2026-02-04' };
    const long = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { ...auth.DE, 'x-request-id': `x${'a'.repeat(5000)}` },
      payload: pledge,
    });
    const odd = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { ...auth.DE, 'x-request-id': 'evil\u0007<script>' },
      payload: pledge,
    });
    const fine = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { ...auth.DE, 'x-request-id': 'trace-42' },
      payload: pledge,
    });
    expect(String(long.headers['x-request-id']).length).toBeLessThanOrEqual(64);
    expect(odd.headers['x-request-id']).not.toMatch(/evil/);
    expect(fine.headers['x-request-id']).toBe('trace-42');
    const stored = await t.db.query<{ request_id: string }>(
      `SELECT request_id FROM audit_events WHERE record_id = ANY($1::text[])`,
      [[long.json().id, odd.json().id, fine.json().id]],
    );
    expect(stored.map((r) => r.request_id.length).every((n) => n <= 64)).toBe(true);
    expect(stored.map((r) => r.request_id)).toContain('trace-42');
  });

  it('a password change ends the user’s other sessions', async () => {
    await createUser(t.ctx, {
      id: 'greta',
      role: 'representative',
      party: 'DE',
      password: 'first long passphrase',
    });
    const login = (ip: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { user: 'greta', password: 'first long passphrase' },
        remoteAddress: ip,
      });
    const cookieOf = (res: { headers: Record<string, unknown> }) =>
      String(res.headers['set-cookie']).split(';')[0]!;
    const laptop = await login('10.1.0.1');
    const phone = await login('10.1.0.2');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: cookieOf(laptop), 'x-csrf-token': laptop.json().csrf_token },
      payload: { current: 'first long passphrase', next: 'second long passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    const me = (res: { headers: Record<string, unknown> }) =>
      app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookieOf(res) } });
    expect((await me(laptop)).json()).toMatchObject({ user: 'greta' });
    expect((await me(phone)).json()).toMatchObject({ role: 'public' });
  });
});
