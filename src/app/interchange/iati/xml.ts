/** Just enough XML writing for the IATI export: elements, attributes, text, escaped, indented. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | null | undefined>;
  children?: (XmlElement | null | undefined)[];
  text?: string;
}

const escape = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const el = (
  name: string,
  attributes: XmlElement['attributes'] = {},
  ...children: (XmlElement | null | undefined | string)[]
): XmlElement => {
  const text = children.find((c): c is string => typeof c === 'string');
  return {
    name,
    attributes,
    children: children.filter((c): c is XmlElement => typeof c === 'object' && c !== null),
    text,
  };
};

function write(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const children = (node.children ?? []).filter((c): c is XmlElement => Boolean(c));
  if (node.text !== undefined)
    out.push(`${pad}<${node.name}${attributes}>${escape(node.text)}</${node.name}>`);
  else if (!children.length) out.push(`${pad}<${node.name}${attributes}/>`);
  else {
    out.push(`${pad}<${node.name}${attributes}>`);
    for (const child of children) write(child, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
