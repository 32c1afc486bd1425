/** Answers travel compressed as the client accepts (Brotli, else gzip); built assets are cached for good. */
import fs from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
