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

  it('reads attributes that contain ">" as attributes, not text', () => {
    const html = '<p><a title="a > b" href="x">Berlin</a> a promis <img alt="2 > 1 Patriot"> deux chars.</p>';
    const { text } = stripHtml(html);
    expect(text).toBe('\nBerlin a promis  deux chars.\n');
  });

  it('maps line breaks, references and unknown references back to the source', () => {
    const html = '<p>Kyiv\r\nle&nbsp;1er &hellip; &eacute;t&eacute; &amp &bogus;</p>';
    const { text, starts, ends } = stripHtml(html);
    expect(text).toBe('\nKyiv\nle\u00a01er … été & &bogus;\n');
    const at = text.indexOf('\u00a0');
    expect(html.slice(starts[at], ends[at])).toBe('&nbsp;');
    const nl = text.indexOf('\n', 1);
    expect(html.slice(starts[nl], ends[nl])).toBe('\r\n');
    const bogus = text.indexOf('&bogus;');
    expect(html.slice(starts[bogus], ends[bogus + 6])).toBe('&bogus;');
  });

  it('keeps Markdown offsets: markup becomes spaces', () => {
    const md = '# Titre\n**Berlin** a promis [deux Patriot](https://example.org) à Kiev.';
    const plain = blankMarkdown(md);
    expect(plain).toHaveLength(md.length);
    expect(plain).toContain('  Berlin   a promis  deux Patriot');
  });
});
