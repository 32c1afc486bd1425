/**
 * Splits a sentence into word, number and sign tokens with their offsets. Elided French articles
 * ("l'", "d'", "qu'") are tokens of their own so that "l'Allemagne" yields "Allemagne".
 * The pattern has no nested quantifiers: its cost is linear in the sentence length.
 */
import { fold } from './fold.ts';

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
      first >= 48 && first <= 57 ? 'number' : /[\p{L}\p{N}]/u.test(raw) ? 'word' : 'sign';
    const folded = fold(raw);
    tokens.push({
      text: raw,
      fold: folded,
      start: from + m.index,
      end: from + m.index + raw.length,
      kind,
      key: folded.length > 3 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded,
      caps: raw.length <= 3 && /^[A-Z]{2,3}$/.test(raw) ? `=${raw}` : null,
    });
  }
  return tokens;
}
