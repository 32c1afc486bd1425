/**
 * `/` for an anonymous visitor carries the landing overview's answers in the page, exactly the
 * public's answers of the API; a signed-in caller, or any caller while they are out of date, gets
 * index.html as it is. They are kept in the embedded folder, so that the next start serves them at
 * once.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { ANSWERS_ID, LANDING_FILE, preloadedAddresses } from '../../src/http/landing.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

const r30 = new URL('../../../shared/data/external/kiel/r30/country_summary.csv', import.meta.url);
const secret = 'restricted-landing-2099';

let t: TestDatabase;
let app: Api;
let folder: string;
let coordinator: { authorization: string };

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  folder = tempDir('ramstein-landing-');
  app = await buildServer(t.ctx, { logger: false, landingFolder: folder });
  await importEdition(t.ctx, {
    source: 'kiel',
    release: '30',
    files: new Map([['country_summary.csv', fs.readFileSync(r30, 'utf8')]]),
  });
  // The latest announcements: a public one whose note would close a script block, and a
  // restricted one the public must never see.
  await createCommitment(t.ctx, {
    id: 'public-landing-2099',
    donor: 'PL',
    recipient: 'UA',
    mode: 'donation',
    items: [{ category: 'munitions', quantity: 1000 }],
    money: { amount: '10000000', currency: 'EUR' },
    announced_on: '2026-06-01',
    note: 'ends </script><script>alert(1)</script>',
  });
  await createCommitment(t.ctx, {
    id: secret,
    donor: 'DE',
    recipient: 'UA',
    mode: 'donation',
    items: [{ equipment: 'iris-t-slm', quantity: 3 }],
    money: { amount: '450000000', currency: 'EUR' },
    announced_on: '2026-06-02',
    visibility: 'restricted',
    note: 'DE planning figure',
  });
  coordinator = {
    authorization: `Bearer ${(await createApiToken(t.ctx, { name: 'co', role: 'coordinator', party: null })).token}`,
  };
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const page = (headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html', ...headers } });

/** The answers in a page, by address; null when it has none. */
function answersIn(html: string): Record<string, unknown> | null {
  const block = new RegExp(`<script type="application/json" id="${ANSWERS_ID}">([^<]*)</script>`).exec(html);
  return block ? (JSON.parse(block[1]!) as Record<string, unknown>) : null;
}

describe('the landing page', () => {
  it('is index.html as it is until its answers are made', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    expect(answersIn(res.body)).toBeNull();
    expect(preloadedAddresses(res.body).length).toBeGreaterThan(5);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(String(res.headers.vary)).toContain('cookie');
  });

  it('carries the public answers of every address it preloads, and preloads none of them', async () => {
    const addresses = preloadedAddresses((await page()).body);
    await app.landing!.refresh(async () => true);
    const res = await page();
    const answers = answersIn(res.body)!;
    expect(Object.keys(answers).sort()).toEqual([...addresses].sort());
    expect(preloadedAddresses(res.body)).toEqual([]);
    for (const address of addresses) {
      const api = await app.inject({ method: 'GET', url: address });
      expect(answers[address], address).toEqual(api.json());
    }
    expect(res.body).not.toContain(secret);
    expect(JSON.stringify(answers)).toContain('</script><script>alert(1)');
    expect(res.body.match(/<\/script>/g)?.length).toBe(2); // the answers' and the application's
    expect(fs.existsSync(`${folder}/${LANDING_FILE}`)).toBe(true);
  });

  it('is kept by no shared cache, varies by caller and is revalidated by its tag', async () => {
    const res = await page();
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(String(res.headers.vary)).toMatch(/cookie.*authorization/);
    const again = await page({ 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    const compressed = await page({ 'accept-encoding': 'br' });
    expect(compressed.headers['content-encoding']).toBe('br');
  });

  it('is index.html as it is for a signed-in caller', async () => {
    const res = await page(coordinator);
    expect(answersIn(res.body)).toBeNull();
    expect(res.body).not.toContain(secret);
  });

  it('is served at once by the next start while the data is the same', async () => {
    const next = await buildServer(t.ctx, { logger: false, landingFolder: folder });
    try {
      const res = await next.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
      expect(answersIn(res.body)).not.toBeNull();
    } finally {
      await next.close();
    }
  });

  it('is index.html as it is again once the data changed', async () => {
    await createCommitment(t.ctx, {
      id: 'public-landing-2099-b',
      donor: 'PL',
      recipient: 'UA',
      mode: 'donation',
      items: [{ category: 'munitions', quantity: 10 }],
      money: { amount: '1000000', currency: 'EUR' },
      announced_on: '2026-06-03',
    });
    expect(answersIn((await page()).body)).toBeNull();
  });
});
