/**
 * A fixed split of an evaluation corpus into documents the rules may be tuned on and documents
 * kept for measuring them (held out). Within each language, the third of the documents (rounded
 * up) with the smallest FNV-1a hash of their file name are held out: the split depends on names
 * alone, never on scores, and stays put when documents are added to another language.
 */
import type { Lang } from '../types.ts';

export interface SplitDocument {
  doc: string;
  lang: Lang;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The names of the held-out documents. */
export function heldOutDocuments(docs: readonly SplitDocument[]): Set<string> {
  const held = new Set<string>();
  const langs = new Set(docs.map((d) => d.lang));
  for (const lang of langs) {
    const mine = docs
      .filter((d) => d.lang === lang)
      .map((d) => ({ doc: d.doc, hash: fnv1a(d.doc) }))
      .sort((a, b) => a.hash - b.hash || a.doc.localeCompare(b.doc));
    for (const d of mine.slice(0, Math.ceil(mine.length / 3))) held.add(d.doc);
  }
  return held;
}
