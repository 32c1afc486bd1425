/**
 * Exact decimal arithmetic on bigint ratios. Rates come as decimal strings ("1.0824"); money is
 * integer minor units. Nothing here ever becomes a float.
 */
import { AppError } from '../errors.ts';

export interface Ratio {
  num: bigint;
  /** Always positive. */
  den: bigint;
}

export type Rounding = 'half_even' | 'half_up' | 'down';
export const roundingModes: readonly Rounding[] = ['half_even', 'half_up', 'down'];

const decimalPattern = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export function parseDecimal(text: string, field = 'value'): Ratio {
  const match = decimalPattern.exec(text.trim());
  if (!match)
    throw new AppError('invalid_input', `${field}: "${text}" is not a decimal number`, {
      issues: [{ field, message: 'not a decimal number' }],
    });
  const [, sign, whole, fraction = ''] = match;
  const num = BigInt(`${whole}${fraction}`) * (sign === '-' ? -1n : 1n);
  return normalise({ num, den: 10n ** BigInt(fraction.length) });
}

const abs = (n: bigint) => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

export function normalise({ num, den }: Ratio): Ratio {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

export const multiply = (a: Ratio, b: Ratio): Ratio => normalise({ num: a.num * b.num, den: a.den * b.den });
export const divide = (a: Ratio, b: Ratio): Ratio => normalise({ num: a.num * b.den, den: a.den * b.num });
export const add = (a: Ratio, b: Ratio): Ratio =>
  normalise({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
export const fromBigInt = (n: bigint): Ratio => ({ num: n, den: 1n });

/** num / den rounded to an integer by `mode`. */
export function roundRatio({ num, den }: Ratio, mode: Rounding): bigint {
  const negative = num < 0n !== den < 0n;
  const n = abs(num);
  const d = abs(den);
  let q = n / d;
  const twiceRemainder = (n % d) * 2n;
  if (mode === 'half_up' && twiceRemainder >= d) q += 1n;
  if (mode === 'half_even' && (twiceRemainder > d || (twiceRemainder === d && q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}

/** The ratio as a decimal string with exactly `places` decimals. */
export function formatRatio(value: Ratio, places: number, mode: Rounding = 'half_even'): string {
  const scaled = roundRatio({ num: value.num * 10n ** BigInt(places), den: value.den }, mode);
  return formatScaled(scaled, places);
}

/** An integer of `places` implied decimals as a decimal string: (123456n, 2) → "1234.56". */
export function formatScaled(scaled: bigint, places: number): string {
  const sign = scaled < 0n ? '-' : '';
  const digits = abs(scaled)
    .toString()
    .padStart(places + 1, '0');
  if (places === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Shortest exact decimal string when the ratio has one (a power-of-ten denominator), else `places` decimals. */
export function toDecimalString(value: Ratio, places = 12): string {
  let den = value.den;
  let exponent = 0;
  while (den % 10n === 0n) {
    den /= 10n;
    exponent++;
  }
  if (den === 1n) return formatScaled(value.num, exponent);
  return formatRatio(value, places);
}
