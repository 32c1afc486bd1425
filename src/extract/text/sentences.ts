/**
 * Sentences of an article: Intl.Segmenter, then pieces re-joined where it broke after an
 * abbreviation ("M. Rutte", "z. B.", "U.S.", "env. 50") or a German ordinal ("am 14. Juli").
 * Sentences longer than MAX_SENTENCE are cut at a space, which bounds the work of every rule.
 */
import data from '../../../data/extract/abbreviations.json' with { type: 'json' };
import type { Lang, Span } from '../types.ts';

export const MAX_SENTENCE = 1200;

const abbreviations: Record<Lang, Set<string>> = {
  fr: new Set(data.fr),
  en: new Set(data.en),
  de: new Set(data.de),
};
const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const LAST_WORD = /([\p{L}.\-°]{1,12})\.$/u;
const ORDINAL = /(?:^|\s)\d{1,2}\.$/;
const STARTS_LOWER_OR_DIGIT = /^\s*[\p{Ll}\d]/u;

function continues(prev: string, next: string, lang: Lang): boolean {
  if (!prev.endsWith('.') || prev.endsWith('\n')) return false;
  if (/\n\s*$/.test(prev)) return false;
  if (STARTS_LOWER_OR_DIGIT.test(next)) return true;
  const word = LAST_WORD.exec(prev)?.[1];
  if (word !== undefined) {
    if (/^\p{Lu}$/u.test(word)) return true;
    const bare = word.toLowerCase().replace(/^\.+/, '');
    if (abbreviations[lang].has(bare)) return true;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  }
  return lang === 'de' && ORDINAL.test(prev);
}

/** Paragraphs, and blocks of at most BLOCK characters cut at a space: the segmenter slows down on long strings. */
const BLOCK = 8_000;

function* blocks(text: string): Generator<Span> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    let end = newline < 0 ? text.length : newline + 1;
    if (end - start > BLOCK) {
      const space = text.lastIndexOf(' ', start + BLOCK);
      end = space > start + BLOCK / 2 ? space + 1 : start + BLOCK;
    }
    yield { start, end };
    start = end;
  }
}

export function splitSentences(text: string, lang: Lang): Span[] {
  const pieces: Span[] = [];
  for (const block of blocks(text)) {
    const slice = text.slice(block.start, block.end);
    if (slice.trim() === '') continue;
    for (const s of segmenter(lang).segment(slice)) {
      const start = block.start + s.index;
      const end = start + s.segment.length;
      const prev = pieces[pieces.length - 1];
      const tail = prev ? text.slice(Math.max(prev.start, prev.end - 40), prev.end) : '';
      if (prev && !tail.endsWith('\n') && continues(tail.trimEnd(), s.segment, lang)) prev.end = end;
      else pieces.push({ start, end });
    }
  }
  const sentences: Span[] = [];
  for (const p of pieces) {
    for (const part of capped(text, p)) {
      const trimmed = trim(text, part);
      if (trimmed.end > trimmed.start) sentences.push(trimmed);
    }
  }
  return sentences;
}

function* capped(text: string, span: Span): Generator<Span> {
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const space = window.lastIndexOf(' ');
    const cut = space > MAX_SENTENCE / 2 ? start + space : start + MAX_SENTENCE;
    yield { start, end: cut };
    start = cut;
  }
  yield { start, end: span.end };
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
