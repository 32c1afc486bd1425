import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { parseNumeral, readNumberWords, toNumber } from './numbers.ts';

const words = (text: string, lang: 'fr' | 'en' | 'de') =>
  readNumberWords(tokenize(text, 0, text.length), 0, lang)?.value;

describe('numbers', () => {
  it.each([
    ['66,5', 'fr', 66.5],
    ['1 000 000', 'fr', 1_000_000],
    ['1.200', 'de', 1200],
    ['1,2', 'de', 1.2],
    ['2.5', 'en', 2.5],
    ['1,500,000', 'en', 1_500_000],
    ['1.234,5', 'de', 1234.5],
  ] as const)('reads %s in %s as %d', (text, lang, value) => {
    expect(toNumber(parseNumeral(text, lang)!)).toBe(value);
  });

  it('keeps 66,5 milliards exact: no floating-point product', () => {
    const d = parseNumeral('66,5', 'fr')!;
    expect(toNumber({ digits: d.digits, exponent: d.exponent + 9 })).toBe(66_500_000_000);
    const tricky = parseNumeral('0,1', 'fr')!;
    expect(toNumber({ digits: tricky.digits, exponent: tricky.exponent + 9 })).toBe(100_000_000);
  });

  it.each([
    ['vingt-cinq', 'fr', 25],
    ['quatre-vingts', 'fr', 80],
    ['trente et un', 'fr', 31],
    ['twenty-five', 'en', 25],
    ['fünfundzwanzig', 'de', 25],
    ['zweihundert', 'de', 200],
  ] as const)('reads the words %s as %d', (text, lang, value) => {
    expect(words(text, lang)).toBe(value);
  });

  it('does not read an article as one unless asked', () => {
    expect(words('un nouveau plan', 'fr')).toBeUndefined();
  });
});
