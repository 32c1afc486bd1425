/** Answers travel compressed as the client accepts (Brotli, else gzip); built assets are cached for good. */
import fs from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { packagePath } from '../../src/config/package-root.ts';
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

const get = (url: string, encoding?: string) =>
  app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('compression', () => {
  it('sends JSON in Brotli when accepted, gzip otherwise, and plain to a client that accepts neither', async () => {
    const url = '/api/v1/parties?kind=state&limit=100';
    const plain = await get(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    const gz = await get(url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  const pledge = (id: string) =>
    createCommitment(t.ctx, {
      id,
      donor: 'NO',
      recipient: 'UA',
      mode: 'donation',
      money: { amount: '1000000', currency: 'EUR', value_date: '2024-03-01' },
      announced_on: '2024-03-01',
    });
  const committed = (report: { donors: { donor: string; committed: { amount_minor: string } }[] }) =>
    BigInt(report.donors.find((d) => d.donor === 'NO')?.committed.amount_minor ?? '0');

  it('sends a kept report and ledger page with an entity tag, 304 while unchanged, the new figure after a write', async () => {
    await pledge('kept-answer-1');
    const urls = ['/api/v1/reports/burden?currency=EUR', '/api/v1/commitments?limit=50&offset=0'];
    const first = await Promise.all(urls.map((url) => get(url, 'br;q=1, gzip;q=0.5')));
    for (const res of first) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers.vary).toContain('accept-encoding');
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    }
    const [burden, page] = first.map((res) => JSON.parse(brotliDecompressSync(res.rawPayload).toString()));
    const gz = await get(urls[0]!, 'gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(burden);
    expect((await get(urls[0]!)).json()).toEqual(burden);
    const held = (i: number) => ({ 'if-none-match': first[i]!.headers.etag as string });
    expect((await app.inject({ method: 'GET', url: urls[0]!, headers: held(0) })).statusCode).toBe(304);

    await pledge('kept-answer-2');
    const after = await Promise.all(
      urls.map((url, i) => app.inject({ method: 'GET', url, headers: held(i) })),
    );
    for (const [i, res] of after.entries()) {
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).not.toBe(first[i]!.headers.etag);
    }
    expect(committed(after[0]!.json()) - committed(burden)).toBe(100_000_000n);
    expect(after[1]!.json().total).toBe(page.total + 1);
  });

  it('sends the answers every page asks for (names, editions, freshness) with a tag, 304 until a change', async () => {
    const urls = [
      '/api/v1/parties?limit=1000',
      '/api/v1/editions',
      '/api/v1/freshness',
      '/api/v1/equipment?limit=1000',
    ];
    const first = await Promise.all(urls.map((url) => get(url)));
    for (const res of first) {
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    }
    const held = (i: number) => ({ 'if-none-match': first[i]!.headers.etag as string });
    const again = await Promise.all(
      urls.map((url, i) => app.inject({ method: 'GET', url, headers: held(i) })),
    );
    expect(again.map((res) => res.statusCode)).toEqual([304, 304, 304, 304]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await pledge('kept-answer-3');
    const changed = await app.inject({ method: 'GET', url: urls[2]!, headers: held(2) });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().data_changed_at > first[2]!.json().data_changed_at).toBe(true);
    // Names did not change with a pledge: same bytes, same tag.
    expect((await get(urls[0]!)).headers.etag).toBe(first[0]!.headers.etag);
  });

  const assets = packagePath('web', 'dist', 'assets');
  it.skipIf(!fs.existsSync(assets))(
    'serves the built scripts precompressed and cached for good',
    async () => {
      const script = fs.readdirSync(assets).find((f) => /^index-.*\.js$/.test(f))!;
      const res = await get(`/assets/${script}`, 'br, gzip');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(
        fs.readFileSync(`${assets}/${script}`, 'utf8'),
      );
      const page = await get('/', 'gzip');
      expect(page.headers['cache-control']).toBe('no-cache');
    },
  );

  it.skipIf(!fs.existsSync(assets))(
    "preloads the overview's reports and chart code on the landing page only",
    async () => {
      const page = (url: string) =>
        app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*', 'accept-encoding': 'br' } });
      const html = async (url: string) => {
        const res = await page(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['cache-control'], url).toBe('no-cache');
        return brotliDecompressSync(res.rawPayload).toString();
      };
      const landing = await html('/');
      const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(landing)?.[1];
      expect(entry).toMatch(/^\/assets\/index-.*\.js$/);
      expect(landing).toContain('href="/api/v1/reports/burden?currency=EUR"');
      expect(landing).toMatch(/rel="modulepreload" crossorigin href="\/assets\/ChartDrawing-/);
      for (const url of ['/ledger', '/sign-in', '/sources/some-source', '/ledger?status=delivered']) {
        const other = await html(url);
        // The same application, and what every page reads, but none of the overview's reads or charts.
        expect(other, url).toContain(`src="${entry}"`);
        expect(other, url).toContain('href="/api/v1/auth/me"');
        expect(other, url).not.toContain('/api/v1/reports/');
        expect(other, url).not.toContain('ChartDrawing');
      }
    },
  );
});
