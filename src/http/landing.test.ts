import { describe, expect, it } from 'vitest';
import { ANSWERS_ID, inlineAnswers, preloadedAddresses } from './landing.ts';

const html = `<!doctype html>
<html>
  <head>
    <link rel="preload" href="/api/v1/reports/burden?currency=EUR" as="fetch" crossorigin="anonymous" />
    <link
      rel="preload"
      href="/api/v1/commitments?limit=6&amp;sort=-announced_on"
      as="fetch"
      crossorigin="anonymous"
    />
    <link rel="preload" href="/api/v1/editions/latest/reconciliation?dataset=kiel-ust" as="fetch" crossorigin="anonymous" />
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body></body>
</html>
`;

describe('the landing page with its answers', () => {
  it('reads the addresses index.html preloads, as the application asks for them', () => {
    expect(preloadedAddresses(html)).toEqual([
      '/api/v1/reports/burden?currency=EUR',
      '/api/v1/commitments?limit=6&sort=-announced_on',
      '/api/v1/editions/latest/reconciliation?dataset=kiel-ust',
    ]);
  });

  it('writes the answers before the first script, keeps preloading an address without one, and lets no text close the block', () => {
    const page = inlineAnswers(html, {
      '/api/v1/reports/burden?currency=EUR': '{"total":"1"}',
      '/api/v1/commitments?limit=6&sort=-announced_on': '{"note":"</script><script>alert(1)</script>"}',
    })!;
    expect(preloadedAddresses(page)).toEqual(['/api/v1/editions/latest/reconciliation?dataset=kiel-ust']);
    const block = new RegExp(`<script type="application/json" id="${ANSWERS_ID}">([^<]*)</script>`).exec(
      page,
    );
    expect(JSON.parse(block![1]!)).toEqual({
      '/api/v1/reports/burden?currency=EUR': { total: '1' },
      '/api/v1/commitments?limit=6&sort=-announced_on': { note: '</script><script>alert(1)</script>' },
    });
    expect(page.indexOf(ANSWERS_ID)).toBeLessThan(page.indexOf('/assets/index.js'));
    expect(page.match(/<\/script>/g)).toHaveLength(2);
  });

  it('is not made without any answer', () => {
    expect(inlineAnswers(html, {})).toBeNull();
  });
});
