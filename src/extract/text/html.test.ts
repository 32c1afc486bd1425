import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { stripHtml } from './html.ts';
import { blankMarkdown } from './markdown.ts';

describe('reading HTML and Markdown', () => {
  it('strips tags, decodes entities and breaks paragraphs', () => {
    const { text } = stripHtml(
      '<h1>Titre</h1><p>L&#39;Allemagne &amp; la France&nbsp;: Guépard</p><script>x()</script>',
    );
    expect(text).toBe("\nTitre\n\nL'Allemagne & la France\u00a0: Guépard\n");
  });

  it('points evidence into the HTML source', () => {
    const html =
      '<p>Intro.</p><p><b>Berlin</b> a promis de livrer deux syst&egrave;mes Patriot &agrave; Kiev.</p>';
    const [fact] = extract(html, { format: 'html', lang: 'fr' });
    expect(fact?.donor).toBe('DE');
    expect(html.slice(fact!.evidence.start, fact!.evidence.end)).toBe(
      'Berlin</b> a promis de livrer deux syst&egrave;mes Patriot &agrave; Kiev',
    );
  });

  it('keeps Markdown offsets: markup becomes spaces', () => {
    const md = '# Titre\n**Berlin** a promis [deux Patriot](https://example.org) à Kiev.';
    const plain = blankMarkdown(md);
    expect(plain).toHaveLength(md.length);
    expect(plain).toContain('  Berlin   a promis  deux Patriot');
  });
});
