import { describe, expect, it } from 'vitest';
import { percentShares } from './shares.ts';

describe('percentShares', () => {
  it('adds up to exactly 100 where rounding each share would not', () => {
    const shares = percentShares([1n, 1n, 1n]);
    expect(shares).toEqual(['33.34', '33.33', '33.33']);
  });

  it('gives the exact share when there is no remainder', () => {
    expect(percentShares([3n, 1n])).toEqual(['75.00', '25.00']);
  });

  it('has no share of an empty total', () => {
    expect(percentShares([0n, 0n])).toEqual([null, null]);
  });
});
