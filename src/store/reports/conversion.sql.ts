/**
 * Currency conversion as SQL, for reports that convert hundreds of thousands of amounts at once.
 * The same rule as convertAmount (src/app/fx/convert-money.ts): the rates of the last ECB
 * publication day on or before the value date on which every currency involved is quoted, crossed
 * through the euro, the result rounded once to minor units, half to even, exactly
 * (round_half_even_ratio, migration 0004). A rate more than 14 days older than the value date
 * means the ECB no longer quoted the currency: no conversion. test/reports/burden.test.ts compares
 * amounts converted here with convertAmount.
 */
import { sql, type RawBuilder } from 'kysely';
import currencies from '../../../data/currencies.json' with { type: 'json' };
import { minorUnits } from '../../domain/money/money.ts';

export const MAX_RATE_AGE_DAYS = 14;

/** Every known currency and its minor units, as two arrays. */
export function minorUnitParams(): [string[], number[]] {
  const codes = Object.keys(currencies.minor_units);
  return [codes, codes.map((c) => minorUnits(c))];
}

/** The CTE `minor_units(currency, places)` of every known currency, from two array parameters. */
export function minorUnitsCte(): RawBuilder<unknown> {
  const [codes, places] = minorUnitParams();
  return sql`minor_units AS (SELECT u.currency::char(3) AS currency, u.places FROM unnest(${codes}::text[], ${places}::int[]) AS u(currency, places))`;
}

/** A report currency as SQL: a `char(3)` parameter. */
export const currencySql = (currency: string): RawBuilder<string> => sql<string>`${currency}::char(3)`;

/**
 * A CTE `name(currency, value_date, rate_date, num_factor, den_factor)` for every distinct
 * (currency, value_date) of `pairsFrom` (a CTE or subquery with those columns), converting to
 * `target` (SQL of a char(3) value, currencySql). An amount converts to
 * round_half_even_ratio(amount * num_factor, den_factor); both factors are NULL when no rate
 * qualifies. The rate of the quoted currency comes with its date from one index lookup; joining
 * the rate table again for it made the planner hash the whole table on every report.
 */
export function rateCte(
  name: string,
  pairsFrom: RawBuilder<unknown>,
  target: RawBuilder<string>,
): RawBuilder<unknown> {
  return sql`${sql.id(name)} AS (
    SELECT p.currency, p.value_date, coalesce(d.rate_date, p.value_date) AS rate_date,
           CASE WHEN ok THEN (CASE WHEN ${target} = 'EUR' THEN 1 WHEN p.currency = 'EUR' THEN d.rate ELSE tr.rate END)
                             * power(10::numeric, mt.places) END AS num_factor,
           CASE WHEN ok THEN (CASE WHEN p.currency = 'EUR' THEN 1 ELSE d.rate END) * power(10::numeric, mf.places) END AS den_factor
      FROM (SELECT DISTINCT currency, value_date FROM ${pairsFrom} WHERE value_date IS NOT NULL AND currency IS NOT NULL) p
      LEFT JOIN LATERAL (
        SELECT r.rate_date, r.rate FROM exchange_rates r
         WHERE r.currency = CASE WHEN p.currency = 'EUR' THEN ${target} ELSE p.currency END
           AND r.rate_date <= p.value_date
           AND (${target} = 'EUR' OR p.currency = 'EUR'
                OR EXISTS (SELECT 1 FROM exchange_rates t WHERE t.currency = ${target} AND t.rate_date = r.rate_date))
         ORDER BY r.rate_date DESC LIMIT 1
      ) d ON NOT (p.currency = 'EUR' AND ${target} = 'EUR')
      LEFT JOIN exchange_rates tr ON ${target} <> 'EUR' AND p.currency <> 'EUR'
                                 AND tr.currency = ${target} AND tr.rate_date = d.rate_date
      LEFT JOIN minor_units mf ON mf.currency = p.currency
      LEFT JOIN minor_units mt ON mt.currency = ${target}
      CROSS JOIN LATERAL (SELECT (p.currency = 'EUR' AND ${target} = 'EUR')
                              OR (d.rate_date IS NOT NULL AND p.value_date - d.rate_date <= ${sql.lit(MAX_RATE_AGE_DAYS)}) AS ok) q
  )`;
}

/**
 * The conversion audit of a report: `valued` (a relation with columns id, donor, amount,
 * currency, value_date) joined to the rate CTE `fx` (rateCte) converting to `target`. One row
 * with `record` NULL gives the latest rate date used; one row per amount that could not be
 * converted (an amount without a value date too, even in the target currency: the sums leave it
 * out) gives the rates held for the currency whose rate was missing, from which
 * summariseConversion (src/domain/money/conversion-summary.ts) words the reason.
 */
export function conversionAuditSelect(
  valued: RawBuilder<unknown>,
  fx: string,
  target: RawBuilder<string>,
): RawBuilder<unknown> {
  const quoted = sql`CASE WHEN v.currency = 'EUR' THEN ${target} ELSE v.currency END`;
  // Both halves probe the few rate rows per (currency, value date) instead of joining every amount
  // to them: the join sorted the amounts twice, a tenth of the burden report's time.
  const rates = sql.table(fx);
  return sql`
SELECT NULL::text AS record, NULL::text AS donor, NULL::text AS amount_minor, NULL::text AS currency,
       NULL::text AS value_date,
       (SELECT max(x.rate_date) FROM ${rates} x
         WHERE x.num_factor IS NOT NULL AND x.currency <> ${target}
           AND EXISTS (SELECT 1 FROM ${valued} v WHERE v.currency = x.currency AND v.value_date = x.value_date))::text AS rate_date,
       NULL::text AS quoted, NULL::text AS first_rate, NULL::text AS last_rate, NULL::text AS prior_rate
UNION ALL
SELECT v.id::text, v.donor::text, v.amount::text, trim(v.currency), v.value_date::text, NULL,
       trim(q.quoted),
       (SELECT min(r.rate_date) FROM exchange_rates r WHERE r.currency = q.quoted)::text,
       (SELECT max(r.rate_date) FROM exchange_rates r WHERE r.currency = q.quoted)::text,
       (SELECT max(r.rate_date) FROM exchange_rates r WHERE r.currency = q.quoted AND r.rate_date <= v.value_date)::text
  FROM ${valued} v
  CROSS JOIN LATERAL (SELECT (${quoted})::char(3) AS quoted) q
 WHERE v.currency IS NOT NULL AND v.amount IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM ${rates} x
                    WHERE x.currency = v.currency AND x.value_date = v.value_date AND x.num_factor IS NOT NULL)`;
}
