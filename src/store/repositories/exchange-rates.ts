import type { Queryable } from '../database.ts';
import { bulkInsert } from '../bulk.ts';
import type { RateRow } from '../reference/ecb.ts';

export interface RateOnDate {
  rate_date: string;
  quotes: { currency: string; rate: string }[];
}

export const exchangeRates = {
  async upsert(tx: Queryable, rows: readonly RateRow[]): Promise<void> {
    await bulkInsert(
      tx,
      'exchange_rates',
      [
        { name: 'currency', type: 'text', value: (r: RateRow) => r.currency },
        { name: 'rate_date', type: 'date', value: (r) => r.date },
        { name: 'rate', type: 'numeric', value: (r) => r.rate },
      ],
      rows,
      'ON CONFLICT (currency, rate_date) DO UPDATE SET rate = excluded.rate',
    );
  },

  /**
   * The quotes of the last publication day on or before `on` on which every one of
   * `currencies` has a rate (none needed for EUR).
   */
  async latestOnOrBefore(
    db: Queryable,
    currencies: readonly string[],
    on: string,
  ): Promise<RateOnDate | null> {
    const wanted = [...new Set(currencies.filter((c) => c !== 'EUR'))];
    if (wanted.length === 0) return { rate_date: on, quotes: [] };
    // Walk the first currency's index backwards; the others must be quoted the same day.
    const [first, ...others] = wanted;
    const [day] = await db.query<{ rate_date: string }>(
      `SELECT r.rate_date FROM exchange_rates r
        WHERE r.currency = $1 AND r.rate_date <= $2::date
          AND NOT EXISTS (
            SELECT 1 FROM unnest($3::text[]) AS other(currency)
             WHERE NOT EXISTS (SELECT 1 FROM exchange_rates o WHERE o.currency = other.currency AND o.rate_date = r.rate_date))
        ORDER BY r.rate_date DESC LIMIT 1`,
      [first, on, others],
    );
    if (!day) return null;
    const quotes = await db.query<{ currency: string; rate: string }>(
      `SELECT currency, rate::text AS rate FROM exchange_rates WHERE rate_date = $1 AND currency = ANY($2::text[])`,
      [day.rate_date, wanted],
    );
    return { rate_date: day.rate_date, quotes };
  },

  async series(
    db: Queryable,
    currency: string,
    from: string,
    to: string,
  ): Promise<{ date: string; rate: string }[]> {
    return db.query(
      `SELECT rate_date AS date, rate::text AS rate FROM exchange_rates
        WHERE currency = $1 AND rate_date BETWEEN $2::date AND $3::date ORDER BY rate_date`,
      [currency, from, to],
    );
  },

  async coverage(db: Queryable): Promise<{ currency: string; first: string; last: string; days: number }[]> {
    const rows = await db.query<{ currency: string; first: string; last: string; days: bigint }>(
      `SELECT currency, min(rate_date) AS first, max(rate_date) AS last, count(*) AS days
         FROM exchange_rates GROUP BY currency ORDER BY currency`,
    );
    return rows.map((r) => ({ ...r, currency: r.currency.trim(), days: Number(r.days) }));
  },
};
