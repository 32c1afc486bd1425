import {
  add,
  divide,
  formatRatio,
  fromBigInt,
  parseDecimal,
  type Ratio,
} from '../../domain/money/decimal.ts';
import { AppError } from '../../domain/errors.ts';
import { isCalendarDate } from '../../domain/dates.ts';
import { normaliseCurrency } from '../../domain/money/money.ts';
import { exchangeRates } from '../../store/repositories/exchange-rates.ts';
import type { AppContext } from '../context.ts';

export interface RateSeries {
  currency: string;
  from: string;
  to: string;
  rates: { date: string; rate: string }[];
  /** Exact arithmetic mean of the daily rates: the ECB's published annual averages. */
  mean: Ratio | null;
}

export async function listExchangeRates(
  ctx: AppContext,
  input: { currency: string; from: string; to: string },
): Promise<RateSeries> {
  const currency = normaliseCurrency(input.currency);
  if (currency === 'EUR')
    throw new AppError('invalid_input', 'rates are quoted per euro: choose another currency');
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(input[field]))
      throw new AppError('bad_request', `${field}: "${input[field]}" is not a calendar date YYYY-MM-DD`, {
        issues: [{ field, message: 'not a calendar date' }],
      });
  }
  if (input.from > input.to)
    throw new AppError('bad_request', `from (${input.from}) is after to (${input.to})`);
  const rates = await exchangeRates.series(ctx.db, currency, input.from, input.to);
  const mean = rates.length
    ? divide(
        rates.reduce<Ratio>((sum, r) => add(sum, parseDecimal(r.rate)), fromBigInt(0n)),
        fromBigInt(BigInt(rates.length)),
      )
    : null;
  return { currency, from: input.from, to: input.to, rates, mean };
}

/** A series as the API answers it: the mean to 6 places. */
export function rateSeriesView(series: RateSeries) {
  return {
    currency: series.currency,
    from: series.from,
    to: series.to,
    count: series.rates.length,
    mean: series.mean ? formatRatio(series.mean, 6) : null,
    rates: series.rates,
  };
}
