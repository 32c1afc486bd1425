/** Money: an integer amount of minor units and an ISO 4217 currency. Never a float. */
import currencies from '../../../data/currencies.json' with { type: 'json' };
import { AppError } from '../errors.ts';
import { formatScaled, parseDecimal, roundRatio, type Rounding } from './decimal.ts';

export interface Money {
  /** Minor units: cents for EUR, yen for JPY. */
  amount: bigint;
  currency: string;
}

const minorUnitTable: Record<string, number> = currencies.minor_units;

export function isKnownCurrency(code: string): boolean {
  return code in minorUnitTable;
}

export function minorUnits(currency: string): number {
  const units = minorUnitTable[currency];
  if (units === undefined) {
    throw new AppError('invalid_input', `unknown currency "${currency}"`, {
      issues: [{ field: 'currency', message: 'not an ISO 4217 code known to Ramstein' }],
    });
  }
  return units;
}

export function normaliseCurrency(code: string, field = 'currency'): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) {
    throw new AppError('invalid_input', `${field}: "${code}" is not a three-letter currency code`, {
      issues: [{ field, message: 'not a three-letter currency code' }],
    });
  }
  minorUnits(upper);
  return upper;
}

/**
 * Parses an amount in major units ("1234.56") exactly. More decimals than the currency has are
 * refused unless a rounding mode is given.
 */
export function parseMoney(amount: string, currency: string, rounding?: Rounding): Money {
  const code = normaliseCurrency(currency);
  const places = BigInt(minorUnits(code));
  const value = parseDecimal(amount.replace(/_/g, ''), 'amount');
  const scaled = { num: value.num * 10n ** places, den: value.den };
  if (scaled.num % scaled.den !== 0n && !rounding) {
    throw new AppError('invalid_input', `amount: ${amount} has more decimals than ${code} allows`, {
      issues: [{ field: 'amount', message: `at most ${places} decimals for ${code}` }],
    });
  }
  return { amount: roundRatio(scaled, rounding ?? 'half_even'), currency: code };
}

/** "1234.56" for 123456n EUR cents. */
export function formatMajor(money: Money): string {
  return formatScaled(money.amount, minorUnits(money.currency));
}
