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

/** What a token's text alone decides: its kind, folded form, index key, acronym and their numbers. */
interface Form {
  kind: TokenKind;
  fold: string;
  key: string;
  caps: string | null;
  id: number;
  capsId: number;
  known: number;
}

/**
 * Forms of short words already read, by text: most words of an article recur. Only texts shorter
 * than 13 characters are kept: those are copies, where a longer one may hold on to the whole article.
 */
const forms = new Map<string, Form>();
const MAX_FORMS = 50_000;
const SHORT = 13;

function formOf(raw: string): Form {
  const known = raw.length < SHORT ? forms.get(raw) : undefined;
  if (known !== undefined) {
    if (known.known !== knownWords) {
      known.id = wordNumber(known.key);
      known.capsId = known.caps === null ? -1 : wordNumber(known.caps);
      known.known = knownWords;
    }
    return known;
  }
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
  const form: Form = {
    kind,
    fold: folded,
    key,
    caps,
    id: wordNumber(key),
    capsId: caps === null ? -1 : wordNumber(caps),
    known: knownWords,
  };
  if (raw.length < SHORT) {
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(raw, form);
  }
  return form;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const f = formOf(raw);
    tokens.push({
      text: raw,
      fold: f.fold,
      start: from + m.index,
      end: from + m.index + raw.length,
      kind: f.kind,
      key: f.key,
      caps: f.caps,
      id: f.id,
      capsId: f.capsId,
      known: f.known,
    });
  }
  return tokens;
}
