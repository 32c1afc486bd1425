/**
 * Splits a sentence into word, number and sign tokens with their offsets. Elided French articles
 * ("l'", "d'", "qu'") are tokens of their own so that "l'Allemagne" yields "Allemagne".
 * The pattern has no nested quantifiers: its cost is linear in the sentence length.
 */
import { fold } from './fold.ts';
import { knownWords, wordNumber } from './words.ts';

export type TokenKind = 'word' | 'number' | 'sign';

export interface Token {
  text: string;
  /** Lower case without diacritics. */
  fold: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The phrase-index key: `fold` without a final plural -s. Computed once, read by every index. */
  key: string;
  /** `=TEXT` for an acronym of two or three capitals (compared with its case), else null. */
  caps: string | null;
  /** The number of `key` among the words the phrase indexes know (text/words.ts), else -1. */
  id: number;
  /** The number of `caps`, else -1. */
  capsId: number;
  /** How many words were known when `id` and `capsId` were looked up. */
  known: number;
}

/** Numbers the token's key and acronym again if the indexes learnt words since it was made. */
export function renumber(t: Token): void {
  t.id = wordNumber(t.key);
  t.capsId = t.caps === null ? -1 : wordNumber(t.caps);
  t.known = knownWords;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|aujourd['’]hui|(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’](?=\p{L})|[\p{L}\p{M}\p{N}]+|\S/giu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    const kind: TokenKind =
      first >= 48 && first <= 57
        ? 'number'
        : ((first | 32) >= 97 && (first | 32) <= 122) || /[\p{L}\p{N}]/u.test(raw)
          ? 'word'
          : 'sign';
    const folded = fold(raw);
    const key =
      folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
    const caps = raw.length <= 3 && /^[A-Z]{2,3}$/.test(raw) ? `=${raw}` : null;
    tokens.push({
      text: raw,
      fold: folded,
      start: from + m.index,
      end: from + m.index + raw.length,
      kind,
      key,
      caps,
      id: wordNumber(key),
      capsId: caps === null ? -1 : wordNumber(caps),
      known: knownWords,
    });
  }
  return tokens;
}
