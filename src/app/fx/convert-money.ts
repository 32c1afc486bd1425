import { AppError } from '../../domain/errors.ts';
import { convertMoney, type Conversion } from '../../domain/money/convert.ts';
import { formatRatio, type Rounding } from '../../domain/money/decimal.ts';
import { formatMajor, normaliseCurrency, parseMoney, type Money } from '../../domain/money/money.ts';
import { exchangeRates } from '../../store/repositories/exchange-rates.ts';
import type { AppContext } from '../context.ts';

/** A rate older than this before the value date means the ECB stopped quoting the currency. */
const MAX_RATE_AGE_DAYS = 14;

export interface ConvertMoneyInput {
  /** Major units as a decimal string: "1250000.50". */
  amount: string;
  from: string;
  to: string;
  /** Value date, YYYY-MM-DD. */
  on: string;
  rounding?: Rounding;
}

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

export async function convertAmount(ctx: AppContext, input: ConvertMoneyInput): Promise<Conversion> {
  const from = normaliseCurrency(input.from, 'from');
  const to = normaliseCurrency(input.to, 'to');
  const money = parseMoney(input.amount, from, input.rounding);
  const rates = await exchangeRates.latestOnOrBefore(ctx.db, [from, to], input.on);
  const missing = [from, to].filter((c) => c !== 'EUR');
  if (!rates) {
    throw new AppError('not_found', `no ECB rate for ${missing.join(' and ')} on or before ${input.on}`, {
      issues: [{ field: 'on', message: 'before the first published rate' }],
    });
  }
  if (missing.length && daysBetween(rates.rate_date, input.on) > MAX_RATE_AGE_DAYS) {
    throw new AppError(
      'not_found',
      `no ECB rate for ${missing.join('/')} near ${input.on}: the last one was published on ${rates.rate_date}`,
      { issues: [{ field: 'on', message: 'the ECB no longer quoted this currency then' }] },
    );
  }
  return convertMoney(money, to, rates.quotes, rates.rate_date, input.rounding);
}

const moneyView = (m: Money) => ({
  amount: formatMajor(m),
  amount_minor: m.amount.toString(),
  currency: m.currency,
});

/** A conversion as the API answers it: exact decimal strings, the rate to 10 places and as a fraction. */
export function conversionView(c: Conversion) {
  return {
    from: moneyView(c.from),
    to: moneyView(c.to),
    rate: formatRatio(c.rate, 10),
    rate_exact: `${c.rate.num}/${c.rate.den}`,
    rate_date: c.rateDate,
    rounding: c.rounding,
    source: 'ECB euro foreign exchange reference rates',
  };
}
