/**
 * Exact reading of the decimal numbers external data sets publish ("0.16089861705101702",
 * "6e-05", "-0.002"), into integer minor units or exact ratios. Nothing passes through a float.
 */
import { AppError } from '../errors.ts';
import { normalise, roundRatio, type Ratio } from '../money/decimal.ts';

const numberPattern = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The exact value of a decimal string, scientific notation included. */
export function parseExact(text: string, where: string): Ratio {
  const match = numberPattern.exec(text.trim());
  if (!match || (!match[2] && !match[3])) {
    throw new AppError('invalid_input', `${where}: "${text}" is not a number`);
  }
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let num = BigInt(`${whole}${fraction}` || '0') * (sign === '-' ? -1n : 1n);
  let den = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e >= 0) num *= 10n ** BigInt(e);
  else den *= 10n ** BigInt(-e);
  return normalise({ num, den });
}

/** Units of a published column: EUR, or billions of EUR. */
export type AmountUnit = 'eur' | 'eur_bn';

const centsPer: Record<AmountUnit, bigint> = { eur: 100n, eur_bn: 100_000_000_000n };

/** EUR cents, rounded half to even (the published value has more decimals than cents). */
export function toCents(text: string, unit: AmountUnit, where: string): bigint {
  const value = parseExact(text, where);
  return roundRatio({ num: value.num * centsPer[unit], den: value.den }, 'half_even');
}

/** A ratio as a plain decimal string for a `numeric` column (no exponent). */
export function toNumericText(text: string, where: string): string {
  const { num, den } = parseExact(text, where);
  // den is 2^a 5^b after normalisation of a decimal: scale to a power of ten.
  let scale = 0;
  let pow = 1n;
  while ((num * pow) % den !== 0n) {
    scale += 1;
    pow *= 10n;
  }
  const scaled = (num * pow) / den;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const body = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${body}` : body;
}

/** EUR cents as billions with `places` decimals: 35840000000000n → "358.40". */
export function centsToBillions(cents: bigint, places = 3): string {
  const divisor = 100_000_000_000n;
  const factor = 10n ** BigInt(places);
  const scaled = roundRatio({ num: cents * factor, den: divisor }, 'half_even');
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const body = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${body}` : body;
}
