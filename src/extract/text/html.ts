/**
 * Reads HTML as the text a reader sees, with parse5 (the WHATWG parsing algorithm, so a `>`
 * inside an attribute, an unclosed tag or a stray `<` read as a browser reads them): text
 * nodes in document order, block elements as line breaks so that paragraphs stay sentences,
 * script, style, template and noscript dropped, character references decoded.
 * `starts`/`ends` map each character read back to the source characters it came from, so
 * evidence points into the file as read. The tree is walked with an explicit stack: nesting
 * depth costs no call stack.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import data from '../../../data/extract/html-entities.json' with { type: 'json' };

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const ENTITIES: Record<string, string> = data.entities;
const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote title dd dt figcaption hr aside nav main pre address'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

export interface PlainText {
  text: string;
  /** Source offset where each character of `text` starts. */
  starts: Int32Array;
  /** Source offset where each character of `text` ends. */
  ends: Int32Array;
}

class Reader {
  readonly out: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  emit(s: string, from: number, to: number): void {
    for (let k = 0; k < s.length; k++) {
      this.out.push(s[k] as string);
      this.starts.push(from);
      this.ends.push(to);
    }
  }
}

export function stripHtml(html: string): PlainText {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const reader = new Reader();
  // Each entry is a node to read, or an element whose end is reached (its closing line break).
  const stack: Array<{ node: Node; closing: boolean }> = [{ node: document, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (node.nodeName === '#text') {
      readText(html, node as DefaultTreeAdapterTypes.TextNode, reader);
      continue;
    }
    if (!('childNodes' in node)) continue;
    const element = 'tagName' in node ? (node as Element) : null;
    if (element && SKIPPED.has(element.tagName)) continue;
    const block = element !== null && BLOCK.has(element.tagName);
    const loc = element?.sourceCodeLocation;
    if (closing) {
      const end = loc?.endTag ?? null;
      const at = end ?? (loc ? { startOffset: loc.endOffset, endOffset: loc.endOffset } : null);
      if (at) reader.emit('\n', at.startOffset, at.endOffset);
      continue;
    }
    if (block) {
      const start = loc?.startTag ?? loc;
      if (start) reader.emit('\n', start.startOffset, start.endOffset);
      stack.push({ node, closing: true });
    }
    const children = element?.tagName === 'template' ? [] : node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k] as Node, closing: false });
  }
  return {
    text: reader.out.join(''),
    starts: Int32Array.from(reader.starts),
    ends: Int32Array.from(reader.ends),
  };
}

/**
 * Aligns a text node's decoded value with its source: characters copied as they are, a
 * character reference mapped to its whole `&…;`, CR LF read as one line break. Where the two
 * cannot be aligned (text moved by the parser, as in foster-parented table text), the rest of
 * the value maps to the node's source span as a whole.
 */
function readText(html: string, node: DefaultTreeAdapterTypes.TextNode, reader: Reader): void {
  const value = node.value;
  const loc = node.sourceCodeLocation;
  if (!loc) return;
  const from = loc.startOffset;
  const to = loc.endOffset;
  let i = from;
  let k = 0;
  while (k < value.length) {
    if (i >= to) {
      reader.emit(value.slice(k), from, to);
      return;
    }
    const c = html[i] as string;
    const v = value[k] as string;
    if (c === '&') {
      const ref = /^&(#x[0-9a-f]{1,8};?|#[0-9]{1,10};?|[a-z][a-z0-9]{0,31};?)/i.exec(html.slice(i, i + 44));
      const decoded = ref ? decodeReference(ref[1] as string) : null;
      if (ref && decoded !== null && value.startsWith(decoded, k)) {
        reader.emit(decoded, i, i + ref[0].length);
        i += ref[0].length;
        k += decoded.length;
        continue;
      }
      if (v === '&') {
        reader.emit('&', i, i + 1);
        i++;
        k++;
        continue;
      }
      if (ref) {
        // A reference this table doesn't know but the parser decoded: one or two characters.
        const after = html[i + ref[0].length];
        const n = value[k + 1] !== undefined && value[k + 1] !== after ? 2 : 1;
        reader.emit(value.slice(k, k + n), i, i + ref[0].length);
        i += ref[0].length;
        k += n;
        continue;
      }
    }
    if (c === '\r' && v === '\n') {
      const width = html[i + 1] === '\n' ? 2 : 1;
      reader.emit('\n', i, i + width);
      i += width;
      k++;
      continue;
    }
    reader.emit(v, i, i + 1);
    i++;
    k++;
  }
}

function decodeReference(body: string): string | null {
  const name = body.endsWith(';') ? body.slice(0, -1) : body;
  if (name[0] === '#') {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return '\uFFFD';
    return String.fromCodePoint(code);
  }
  // Legacy references without ';' ("&amp", "&nbsp") are decoded by the parser too; the caller
  // checks the decoded value against the parser's before trusting it.
  return ENTITIES[name] ?? null;
}
