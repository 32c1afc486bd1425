import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';

describe('evidence highlighting', () => {
  it('cuts the text at JavaScript string offsets, surrogate pairs included', () => {
    const text = 'Berlin 🇩🇪 sends 2 Patriot systems.';
    const start = text.indexOf('2 Patriot');
    const pieces = highlight(text, [{ start, end: start + 17, kind: 'commitment', index: 0 }]);
    expect(pieces.map((p) => [p.text, p.span?.kind ?? null])).toEqual([
      ['Berlin 🇩🇪 sends ', null],
      ['2 Patriot systems', 'commitment'],
      ['.', null],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps the earlier of two overlapping spans whole', () => {
    const pieces = highlight('abcdefgh', [
      { start: 4, end: 8, kind: 'total', index: 1 },
      { start: 1, end: 6, kind: 'commitment', index: 0 },
    ]);
    expect(pieces.map((p) => p.text)).toEqual(['a', 'bcdef', 'gh']);
    expect(pieces[2]!.span?.index).toBe(1);
  });
});
