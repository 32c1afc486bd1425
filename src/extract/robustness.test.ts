/** Hostile input: the extractor answers, in bounded time, for anything a file can hold. */
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const FACT = ' Germany pledged two Patriot systems to Ukraine.';

function pseudoRandomBytes(n: number): Buffer {
  const bytes = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('robustness', () => {
  it('reads invalid UTF-8 as replacement characters and still finds the fact after it', () => {
    const text = Buffer.concat([pseudoRandomBytes(200_000), Buffer.from(FACT, 'utf8')]).toString('utf8');
    expect(text).toContain('\uFFFD');
    const facts = extract(text, { lang: 'en' });
    expect(facts.some((f) => f.type === 'commitment' && f.donor === 'DE' && f.item === 'patriot')).toBe(true);
  }, 30_000);

  it('reads a 10 MB file', () => {
    const filler = `${'0123456789 '.repeat(90)}\n`;
    const text = filler.repeat(Math.ceil(10_000_000 / filler.length)) + FACT;
    expect(text.length).toBeGreaterThan(10_000_000);
    const facts = extract(text, { lang: 'en' });
    expect(facts.filter((f) => f.type === 'commitment')).toHaveLength(1);
  }, 30_000);

  it('reads a single 1 MB line without sentence ends', () => {
    const text = 'Rheinmetall '.repeat(90_000) + FACT;
    expect(text.length).toBeGreaterThan(1_000_000);
    const facts = extract(text, { lang: 'en' });
    expect(facts.some((f) => f.item === 'patriot')).toBe(true);
  }, 30_000);

  it('reads HTML nested 100,000 levels deep, with offsets into the HTML', () => {
    const html = `${'<div>'.repeat(100_000)}<p>${FACT.trim()}</p>${'</div>'.repeat(100_000)}`;
    const [fact] = extract(html, { format: 'html', lang: 'en' });
    expect(fact?.item).toBe('patriot');
    expect(html.slice(fact!.evidence.start, fact!.evidence.end)).toMatch(/^Germany pledged two Patriot/);
  }, 30_000);

  it('survives unclosed tags, stray ampersands and lone surrogates', () => {
    const html = `<p>Germany &amp; France &bogus; pledged <b two Patriot systems \uD800 to Ukraine &#xFFFFFF;</p><script>`;
    expect(() => extract(html, { format: 'html' })).not.toThrow();
  });

  it('gives nothing for empty or blank text', () => {
    expect(extract('')).toEqual([]);
    expect(extract(' \n\t ')).toEqual([]);
  });
});
