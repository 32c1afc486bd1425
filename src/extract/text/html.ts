/**
 * Reads HTML as the text a reader sees: tags removed (block tags become line breaks so that
 * paragraphs stay sentences), script and style dropped, character references decoded.
 * `toSource` maps offsets of that text back to offsets of the HTML, so evidence points into
 * the file as read. A single forward scan: nesting depth costs nothing.
 */
import data from '../../../data/extract/html-entities.json' with { type: 'json' };

const ENTITIES: Record<string, string> = data.entities;
const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote title dd dt figcaption hr aside nav main pre address'.split(
    ' ',
  ),
);

export interface PlainText {
  text: string;
  /** Source offset where each character of `text` starts. */
  starts: Int32Array;
  /** Source offset where each character of `text` ends. */
  ends: Int32Array;
}

export function stripHtml(html: string): PlainText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lower = html.toLowerCase();
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k] as string);
      starts.push(from);
      ends.push(to);
    }
  };
  let i = 0;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (lower.startsWith('<!--', i)) {
        const close = lower.indexOf('-->', i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) {
        emit('<', i, i + 1);
        i++;
        continue;
      }
      const name = /^<\/?([a-z][a-z0-9]*)/.exec(lower.slice(i, Math.min(close, i + 20)))?.[1] ?? '';
      if ((name === 'script' || name === 'style') && lower[i + 1] !== '/') {
        const end = lower.indexOf(`</${name}`, close);
        const endClose = end < 0 ? -1 : lower.indexOf('>', end);
        i = endClose < 0 ? html.length : endClose + 1;
        continue;
      }
      if (BLOCK.has(name)) emit('\n', i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === 38 /* & */) {
      const m = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/i.exec(html.slice(i, i + 40));
      if (m) {
        const decoded = decodeEntity(m[1] as string);
        if (decoded !== null) {
          emit(decoded, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    }
    out.push(html[i] as string);
    starts.push(i);
    ends.push(i + 1);
    i++;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return '\uFFFD';
    return String.fromCodePoint(code);
  }
  return ENTITIES[body] ?? null;
}
