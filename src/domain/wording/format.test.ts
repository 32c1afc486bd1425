import { describe, expect, it } from 'vitest';
import {
  formatCentsAsBillions,
  formatDate,
  formatMoney,
  formatMoneyShort,
  formatPercent,
  minorToAmount,
  percentOf,
} from './format.ts';

describe('formatting', () => {
  it('formats exact decimal strings without losing digits', () => {
    expect(formatMoney('12345678901234567.89', 'EUR', 'en')).toBe('€12,345,678,901,234,567.89');
    expect(formatMoney('20687834825.70', 'EUR', 'fr')).toMatch(/^20\s687\s834\s825,70\s€$/);
  });

  it('formats headline amounts compactly in each language', () => {
    expect(formatMoneyShort('20687834825.70', 'USD', 'en')).toBe('US$20.7bn');
    expect(formatMoneyShort('20687834825.70', 'EUR', 'fr')).toMatch(/^20,7\sMd\s€$/);
  });

  it('formats percentages given in percent', () => {
    expect(formatPercent('48.05', 'en')).toBe('48.05%');
    expect(formatPercent('0.5468', 'fr', 4)).toMatch(/^0,5468\s%$/);
  });

  it('reads calendar dates without a time-zone shift', () => {
    expect(formatDate('2022-04-26', 'en')).toBe('26 Apr 2022');
    expect(formatDate('2022-04-26', 'fr')).toBe('26 avr. 2022');
  });

  it('computes shares on integers, rounded half up to hundredths', () => {
    expect(percentOf('10000000000', '50000000000')).toBe('20.00');
    expect(percentOf('1', '3')).toBe('33.33');
    expect(percentOf('2', '3')).toBe('66.67');
    expect(percentOf('5', '0')).toBeNull();
  });
});

describe('edition amounts in EUR cents', () => {
  it('turns minor units into an exact major-unit string, signs and small values included', () => {
    expect(minorToAmount('123456')).toBe('1234.56');
    expect(minorToAmount('-5')).toBe('-0.05');
    expect(minorToAmount('0')).toBe('0.00');
    expect(minorToAmount('7', 0)).toBe('7');
  });

  it('shows billions with three decimals, beyond what a float holds exactly', () => {
    expect(formatCentsAsBillions('4768049999999999', 'en')).toBe('47,680.500');
    expect(formatCentsAsBillions('-31322000000', 'fr')).toBe('-0,313');
    expect(formatCentsAsBillions('123456789012345678901', 'en')).toBe('1,234,567,890.123');
  });
});
