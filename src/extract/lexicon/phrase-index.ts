/**
 * A token trie for gazetteers and cue lists. Phrases are written as in the data files:
 * words compared without case or diacritics, a final `*` for a stem, a leading `*` for the head of
 * a German compound ("*haubitzen" = "Panzerhaubitzen", one word only), capital acronyms of two or
 * three letters ("US", "UE") compared with their case. Hyphens are optional on both sides
 * ("Maison-Blanche" = "Maison Blanche") and a plural -s is ignored ("missiles" = "missile").
 * Matching is longest-first and never backtracks beyond the longest phrase.
 */
import { tokenize, type Token } from '../text/tokens.ts';

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Stems by their first character, so that a token is compared only with stems that could match. */
  stems: Map<string, Array<[string, Node<T>]>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  values: T[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), stems: new Map(), values: [] });
const isHyphen = (t: Token) => t.text === '-' || t.text === '‑' || t.text === '–';

/** The comparison key of a token: folded, final plural -s dropped. */
export function tokenKey(t: Token): string {
  return t.key;
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = newNode();
  /** Compound heads: a first word that ends with the suffix (and is longer than it). */
  private readonly heads: Array<[string, Node<T>]> = [];

  add(phrase: string, value: T): void {
    if (phrase.startsWith('*')) {
      const [head] = tokenize(phrase, 1, phrase.length);
      let child = this.heads.find(([suffix]) => suffix === head?.fold)?.[1];
      if (head && !child) {
        child = newNode();
        this.heads.push([head.fold, child]);
      }
      child?.values.push(value);
      return;
    }
    const stem = phrase.endsWith('*');
    const text = stem ? phrase.slice(0, -1) : phrase;
    const tokens = tokenize(text, 0, text.length).filter((t) => !isHyphen(t));
    let node = this.root;
    tokens.forEach((t, i) => {
      if (stem && i === tokens.length - 1) {
        const bucket = node.stems.get(t.fold[0] ?? '') ?? [];
        node.stems.set(t.fold[0] ?? '', bucket);
        let child = bucket.find(([s]) => s === t.fold)?.[1];
        if (!child) {
          child = newNode();
          bucket.push([t.fold, child]);
        }
        node = child;
        return;
      }
      const key = /^[A-Z]{2,3}$/.test(t.text) ? `=${t.text}` : tokenKey(t);
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    });
    if (tokens.length > 0) node.values.push(value);
  }

  /**
   * What the walk has found so far. One per index, reset by each look: a look runs to its end
   * before the next starts, and most looks (every token against every cue list) find nothing.
   */
  private readonly found = { end: -1, values: null as T[] | null };

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const found = this.found;
    found.end = -1;
    found.values = null;
    this.walk(this.root, tokens, i, i, 0, found);
    return found.values ? { start: i, end: found.end, values: found.values } : null;
  }

  // A method, not a closure: this runs for every token of every sentence.
  private walk(
    node: Node<T>,
    tokens: readonly Token[],
    i: number,
    j: number,
    depth: number,
    found: { end: number; values: T[] | null },
  ): void {
    if (node.values.length > 0 && j > i && j > found.end) {
      found.end = j;
      found.values = node.values;
    }
    if (depth > 12) return;
    let k = j;
    while (k < tokens.length && k > i && isHyphen(tokens[k] as Token)) k++;
    const t = tokens[k];
    if (!t) return;
    // A compound's head decides what it is ("Luftabwehrraketen" are missiles): heads are tried first.
    if (depth === 0)
      for (const [suffix, child] of this.heads)
        if (t.fold.length > suffix.length && t.fold.endsWith(suffix))
          this.walk(child, tokens, i, k + 1, 1, found);
    const exact = node.next.get(t.key) ?? (t.caps === null ? undefined : node.next.get(t.caps));
    if (exact) this.walk(exact, tokens, i, k + 1, depth + 1, found);
    if (node.stems.size === 0) return;
    for (const [stem, child] of node.stems.get(t.fold[0] ?? '') ?? [])
      if (t.fold.startsWith(stem)) this.walk(child, tokens, i, k + 1, depth + 1, found);
  }

  /** Longest matches from left to right, not overlapping. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = this.matchAt(tokens, i);
      if (m) {
        found.push(m);
        i = m.end;
      } else i++;
    }
    return found;
  }
}
