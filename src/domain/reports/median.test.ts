import { describe, expect, it } from 'vitest';
import { medianDays } from './median.ts';

describe('medianDays', () => {
  it('is the middle value, or the exact mean of the two middle values', () => {
    expect(medianDays([])).toBeNull();
    expect(medianDays([30, 10, 20])).toBe('20');
    expect(medianDays([10, 40, 20, 30])).toBe('25');
    expect(medianDays([10, 21])).toBe('15.5');
    expect(medianDays([-4, 1])).toBe('-1.5');
  });
});
