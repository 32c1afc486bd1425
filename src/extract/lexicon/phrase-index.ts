/**
 * A token trie for gazetteers and cue lists. Phrases are written as in the data files:
 * words compared without case or diacritics, a final `*` for a stem, a leading `*` for the head of
 * a German compound ("*haubitzen" = "Panzerhaubitzen", one word only), capital acronyms of two or
 * three letters ("US", "UE") compared with their case. Hyphens are optional on both sides
 * ("Maison-Blanche" = "Maison Blanche") and a plural -s is ignored ("missiles" = "missile").
 * Matching is longest-first and never backtracks beyond the longest phrase.
 */
import { renumber, tokenize, type Token } from '../text/tokens.ts';
import { addWord, knownWords } from '../text/words.ts';

interface Node<T> {
  /** By word number (text/words.ts): a token's key, or its acronym written `=US`. */
  next: Map<number, Node<T>>;
  /**
   * Stems by their first two characters (`stemKey`), so that a token is compared only with stems
   * that could match; a stem of one character is kept under its character and a second code of 0.
   */
  stems: Map<number, Array<[string, Node<T>]>>;
  /** Whether a stem of one character is among `stems`. */
  shortStems: boolean;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  values: T[];
}

/** Told each phrase a walk finds: its end (token index, exclusive) and its values. */
interface Reach<T> {
  reach(end: number, values: T[]): void;
}

/** Keeps the longest phrase; of two as long, the first found. */
class Longest<T> implements Reach<T> {
  end = -1;
  values: T[] | null = null;
  reach(end: number, values: T[]): void {
    if (end > this.end) {
      this.end = end;
      this.values = values;
    }
  }
}

const newNode = <T>(): Node<T> => ({ next: new Map(), stems: new Map(), shortStems: false, values: [] });
const stemKey = (s: string, length: number) =>
  s.charCodeAt(0) * 65536 + (length > 1 && s.length > 1 ? s.charCodeAt(1) : 0);
const isHyphen = (t: Token) => t.text === '-' || t.text === '‑' || t.text === '–';

/** The comparison key of a token: folded, final plural -s dropped. */
export function tokenKey(t: Token): string {
  return t.key;
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = newNode();
  /** Compound heads: a first word that ends with the suffix (and is longer than it). */
  private readonly heads: Array<[string, Node<T>]> = [];
  /**
   * The phrases written in full by their first word: `openers[n]` is 1 + the place in `firsts` of
   * the node after word number n (text/words.ts), 0 when no phrase opens with it. Most tokens open
   * none, and are passed over with one look in this table.
   */
  private openers = new Int32Array(0);
  private readonly firsts: Array<Node<T>> = [];
  /**
   * The first two characters (as `stemKey`, the second 0 for a stem of one) of the stems that open
   * a phrase, for those written in ASCII: a token that starts with none of them skips the stems.
   */
  private openingStems: Uint8Array | null = null;

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
        const key = stemKey(t.fold, t.fold.length);
        const bucket = node.stems.get(key) ?? [];
        node.stems.set(key, bucket);
        if (t.fold.length === 1) node.shortStems = true;
        if (node === this.root) {
          const a = t.fold.charCodeAt(0);
          const b = t.fold.length > 1 ? t.fold.charCodeAt(1) : 0;
          this.openingStems ??= new Uint8Array(128 * 128);
          if (a < 128 && b < 128) this.openingStems[a * 128 + b] = 1;
        }
        let child = bucket.find(([s]) => s === t.fold)?.[1];
        if (!child) {
          child = newNode();
          bucket.push([t.fold, child]);
        }
        node = child;
        return;
      }
      const key = addWord(/^[A-Z]{2,3}$/.test(t.text) ? `=${t.text}` : tokenKey(t));
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
        if (node === this.root) this.opens(key, child);
      }
      node = child;
    });
    if (tokens.length > 0) node.values.push(value);
  }

  private opens(word: number, child: Node<T>): void {
    if (word >= this.openers.length) {
      const wider = new Int32Array(Math.max(word + 1, this.openers.length * 2));
      wider.set(this.openers);
      this.openers = wider;
    }
    this.firsts.push(child);
    this.openers[word] = this.firsts.length;
  }

  /** The node after the first word `word` (a token's `id` or `capsId`), if a phrase opens with it. */
  private opener(word: number): Node<T> | undefined {
    if (word < 0 || word >= this.openers.length) return undefined;
    const at = this.openers[word] as number;
    return at === 0 ? undefined : this.firsts[at - 1];
  }

  /**
   * What the walk has found so far. One per index, reset by each look: a look runs to its end
   * before the next starts, and most looks (every token against every cue list) find nothing.
   */
  private readonly found = new Longest<T>();

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const found = this.found;
    found.end = -1;
    found.values = null;
    this.walkRoot(tokens, i, found);
    return found.values ? { start: i, end: found.end, values: found.values } : null;
  }

  /** Every phrase starting at token `i`: `found.reach` is told the end and values of each. */
  walkFrom(tokens: readonly Token[], i: number, found: Reach<T>): void {
    this.walkRoot(tokens, i, found);
  }

  /** The first step of a walk, from the root: the word of token `i` opens a phrase. */
  private walkRoot(tokens: readonly Token[], i: number, found: Reach<T>): void {
    const t = tokens[i];
    if (t === undefined) return;
    // A compound's head decides what it is ("Luftabwehrraketen" are missiles): heads are tried first.
    const heads = this.heads;
    for (let n = 0; n < heads.length; n++) {
      const [suffix, child] = heads[n]!;
      if (t.fold.length > suffix.length && t.fold.endsWith(suffix))
        this.walk(child, tokens, i, i + 1, 1, found);
    }
    if (t.known !== knownWords) renumber(t);
    const exact = this.opener(t.id) ?? this.opener(t.capsId);
    if (exact) this.walk(exact, tokens, i, i + 1, 1, found);
    if (this.root.stems.size > 0 && this.mayOpenStem(t.fold))
      this.walkStems(this.root, t, tokens, i, i + 1, 1, found);
  }

  /** Whether a word may start with a stem of the root: false only when its first characters rule all out. */
  private mayOpenStem(fold: string): boolean {
    const a = fold.charCodeAt(0);
    const b = fold.length > 1 ? fold.charCodeAt(1) : 0;
    if (a >= 128 || b >= 128) return true;
    const opening = this.openingStems;
    if (opening === null) return true;
    return opening[a * 128 + b] === 1 || (this.root.shortStems && fold.length > 1 && opening[a * 128] === 1);
  }

  // A method, not a closure: this runs for every token of every sentence.
  private walk(
    node: Node<T>,
    tokens: readonly Token[],
    i: number,
    j: number,
    depth: number,
    found: Reach<T>,
  ): void {
    if (node.values.length > 0) found.reach(j, node.values);
    if (depth > 12) return;
    let k = j;
    while (k < tokens.length && isHyphen(tokens[k] as Token)) k++;
    const t = tokens[k];
    if (!t) return;
    if (t.known !== knownWords) renumber(t);
    const next = node.next;
    if (next.size > 0) {
      const exact =
        (t.id < 0 ? undefined : next.get(t.id)) ?? (t.capsId < 0 ? undefined : next.get(t.capsId));
      if (exact) this.walk(exact, tokens, i, k + 1, depth + 1, found);
    }
    this.walkStems(node, t, tokens, i, k + 1, depth + 1, found);
  }

  /** The steps from `node` by a stem that token `t` starts with. */
  private walkStems(
    node: Node<T>,
    t: Token,
    tokens: readonly Token[],
    i: number,
    next: number,
    depth: number,
    found: Reach<T>,
  ): void {
    if (node.stems.size === 0) return;
    const fold = t.fold;
    const long = node.stems.get(stemKey(fold, 2));
    if (long)
      for (let n = 0; n < long.length; n++) {
        const [stem, child] = long[n]!;
        if (fold.startsWith(stem)) this.walk(child, tokens, i, next, depth, found);
      }
    if (node.shortStems && fold.length > 1) {
      const short = node.stems.get(stemKey(fold, 1));
      if (short)
        for (let n = 0; n < short.length; n++) {
          const [stem, child] = short[n]!;
          if (fold.startsWith(stem)) this.walk(child, tokens, i, next, depth, found);
        }
    }
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

/**
 * Several phrase lists in one trie, so that a token is looked up once for all of them instead of
 * once per list. `matchAll` answers, for each list, what that list's own `PhraseIndex.matchAll`
 * answers: its longest matches from left to right, not overlapping one another (matches of
 * different lists may overlap).
 */
/** A match of one of several lists, shaped as a sentence's cue mention. */
export interface ListMatch {
  start: number;
  end: number;
  value: true;
}

/** What a list without match answers: one shared array, frozen so that no reader can fill it. */
const NONE: ListMatch[] = Object.freeze([]) as unknown as ListMatch[];

export class PhraseLists<K extends string> {
  private readonly index = new PhraseIndex<number>();
  private readonly names: K[];
  /** Every list with no match: the answer's shape, copied for each sentence. */
  private readonly none: Record<K, ListMatch[]>;
  /** Per list, the end of its longest phrase at the current token, -1 when none. */
  private readonly ends: Int32Array;
  /** The lists that have a phrase at the current token. */
  private readonly touched: number[] = [];
  /** Per list, the token from which it may match again (its last match's end); reset by each look. */
  private readonly free: Int32Array;
  /** Per list, its matches in the current look, or null; reset by each look. */
  private readonly lists: Array<ListMatch[] | null>;
  /** The lists that matched in the current look. */
  private readonly matched: number[] = [];

  constructor(lists: Record<K, readonly string[]>) {
    this.names = Object.keys(lists) as K[];
    this.names.forEach((name, id) => {
      for (const p of lists[name]) this.index.add(p, id);
    });
    this.ends = new Int32Array(this.names.length).fill(-1);
    this.free = new Int32Array(this.names.length);
    this.lists = this.names.map(() => null);
    this.none = Object.fromEntries(this.names.map((name) => [name, NONE])) as Record<K, ListMatch[]>;
  }

  reach(end: number, ids: number[]): void {
    for (const id of ids) {
      const known = this.ends[id] as number;
      if (known === -1) this.touched.push(id);
      if (end > known) this.ends[id] = end;
    }
  }

  /**
   * Per list, its matches; a list without any answers an empty array that is shared and frozen.
   * A look runs to its end before the next starts: the work arrays are the index's own.
   */
  matchAll(tokens: readonly Token[]): Record<K, ListMatch[]> {
    const { ends, touched, free, lists, matched } = this;
    free.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      this.index.walkFrom(tokens, i, this);
      for (const id of touched) {
        const end = ends[id] as number;
        if (i >= (free[id] as number)) {
          let list = lists[id];
          if (!list) {
            list = lists[id] = [];
            matched.push(id);
          }
          list.push({ start: i, end, value: true });
          free[id] = end;
        }
        ends[id] = -1;
      }
      touched.length = 0;
    }
    const out = { ...this.none };
    for (const id of matched) {
      out[this.names[id]!] = lists[id]!;
      lists[id] = null;
    }
    matched.length = 0;
    return out;
  }
}
