import { describe, expect, it } from 'vitest';
import { formatRatio, parseDecimal, roundRatio } from './decimal.ts';
import { formatMajor, parseMoney } from './money.ts';

describe('exact decimals', () => {
  it('parses decimal strings without floating point', () => {
    expect(parseDecimal('0.1')).toEqual({ num: 1n, den: 10n });
    expect(formatRatio(parseDecimal('1.0824'), 6)).toBe('1.082400');
    expect(() => parseDecimal('1e5')).toThrow(/not a decimal number/);
  });

  it('rounds half to even, half up and down', () => {
    const tie = { num: 25n, den: 10n }; // 2.5
    expect(roundRatio(tie, 'half_even')).toBe(2n);
    expect(roundRatio(tie, 'half_up')).toBe(3n);
    expect(roundRatio(tie, 'down')).toBe(2n);
    expect(roundRatio({ num: -35n, den: 10n }, 'half_even')).toBe(-4n);
  });
});

describe('money', () => {
  it('holds minor units for the currency', () => {
    expect(parseMoney('66500000000', 'USD')).toEqual({ amount: 6_650_000_000_000n, currency: 'USD' });
    expect(parseMoney('1500', 'JPY')).toEqual({ amount: 1500n, currency: 'JPY' });
    expect(formatMajor({ amount: 5n, currency: 'EUR' })).toBe('0.05');
    expect(() => parseMoney('0.5', 'JPY')).toThrow(/more decimals than JPY allows/);
    expect(() => parseMoney('1', 'ABC')).toThrow(/unknown currency "ABC"/);
  });

  it('adds 0.1 and 0.2 exactly', () => {
    const a = parseMoney('0.10', 'EUR').amount + parseMoney('0.20', 'EUR').amount;
    expect(formatMajor({ amount: a, currency: 'EUR' })).toBe('0.30');
  });
});
