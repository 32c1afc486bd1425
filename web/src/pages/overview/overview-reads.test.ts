/**
 * The landing page's reads start with the page, not once its code has run: index.html names each
 * address the overview and main.tsx ask for on load as a fetch to preload, and the browser hands
 * the preloaded answer to the application's request only when the address is exactly the same.
 */
/// <reference types="vite/client" />
import { afterAll, describe, expect, it, vi } from 'vitest';
import html from '../../../index.html?raw';

const preloaded = [
  ...html.matchAll(/<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"\s+crossorigin="anonymous"/g),
]
  .map((m) => m[1]!.replaceAll('&amp;', '&'))
  .sort();

async function askedOnLoad(search: string): Promise<string[]> {
  const asked: string[] = [];
  vi.stubGlobal('location', { origin: 'http://ramstein.test', pathname: '/', search });
  vi.stubGlobal('fetch', (request: Request) => {
    const url = new URL(request.url);
    asked.push(url.pathname + url.search);
    return Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json' } }));
  });
  vi.resetModules();
  const { prefetchOverview } = await import('./overview-reads.ts');
  const { partiesRead } = await import('../../lib/parties.tsx');
  const { get } = await import('../../api/client.ts');
  // As main.tsx does before the first render of the overview.
  await get('/api/v1/auth/me');
  await get(...partiesRead);
  await prefetchOverview(new URLSearchParams(search));
  return asked.sort();
}

describe('the overview on a first load', { timeout: 30_000 }, () => {
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('finds every read it starts preloaded by index.html, and nothing else preloaded', async () => {
    expect(preloaded.length).toBeGreaterThan(5);
    expect(await askedOnLoad('')).toEqual(preloaded);
  });

  it('in dollars asks for the reports in dollars (the preloads are for euros)', async () => {
    const asked = await askedOnLoad('?currency=USD');
    expect(asked).toContain('/api/v1/reports/burden?currency=USD');
    expect(asked).not.toContain('/api/v1/reports/burden?currency=EUR');
  });
});
