/**
 * Currency conversion at ECB reference rates. A rate is "units of the currency per one euro";
 * X → Y is (Y per EUR) / (X per EUR), on one and the same publication date.
 */
import { AppError } from '../errors.ts';
import { divide, multiply, parseDecimal, roundRatio, type Ratio, type Rounding } from './decimal.ts';
import { minorUnits, type Money } from './money.ts';

export interface EcbQuote {
  currency: string;
  /** Decimal string, units per EUR. */
  rate: string;
}

export interface Conversion {
  from: Money;
  to: Money;
  /** Units of `to` per one unit of `from`, exact. */
  rate: Ratio;
  rateDate: string;
  rounding: Rounding;
}

function perEuro(currency: string, quotes: readonly EcbQuote[]): Ratio {
  if (currency === 'EUR') return { num: 1n, den: 1n };
  const quote = quotes.find((q) => q.currency === currency);
  if (!quote) throw new AppError('not_found', `no ECB rate for ${currency}`);
  return parseDecimal(quote.rate, `rate ${currency}`);
}

export function crossRate(from: string, to: string, quotes: readonly EcbQuote[]): Ratio {
  return divide(perEuro(to, quotes), perEuro(from, quotes));
}

export function convertMoney(
  money: Money,
  to: string,
  quotes: readonly EcbQuote[],
  rateDate: string,
  rounding: Rounding = 'half_even',
): Conversion {
  const rate = crossRate(money.currency, to, quotes);
  const shift = minorUnits(to) - minorUnits(money.currency);
  const factor: Ratio =
    shift >= 0 ? { num: 10n ** BigInt(shift), den: 1n } : { num: 1n, den: 10n ** BigInt(-shift) };
  const exact = multiply(multiply({ num: money.amount, den: 1n }, rate), factor);
  return { from: money, to: { amount: roundRatio(exact, rounding), currency: to }, rate, rateDate, rounding };
}
