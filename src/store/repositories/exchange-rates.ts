import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';
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
    const [day] = await rowsOf(
      db,
      sql<{ rate_date: string }>`SELECT r.rate_date FROM exchange_rates r
        WHERE r.currency = ${first} AND r.rate_date <= ${on}::date
          AND NOT EXISTS (
            SELECT 1 FROM unnest(${others}::text[]) AS other(currency)
             WHERE NOT EXISTS (SELECT 1 FROM exchange_rates o WHERE o.currency = other.currency AND o.rate_date = r.rate_date))
        ORDER BY r.rate_date DESC LIMIT 1`,
    );
    if (!day) return null;
    const quotes = await rowsOf(
      db,
      sql<{ currency: string; rate: string }>`SELECT currency, rate::text AS rate FROM exchange_rates
        WHERE rate_date = ${day.rate_date}::date AND currency = ANY(${wanted}::text[])`,
    );
    return { rate_date: day.rate_date, quotes };
  },

  async series(
    db: Queryable,
    currency: string,
    from: string,
    to: string,
  ): Promise<{ date: string; rate: string }[]> {
    return rowsOf(
      db,
      sql<{ date: string; rate: string }>`SELECT rate_date AS date, rate::text AS rate FROM exchange_rates
        WHERE currency = ${currency} AND rate_date BETWEEN ${from}::date AND ${to}::date ORDER BY rate_date`,
    );
  },

  async coverage(db: Queryable): Promise<{ currency: string; first: string; last: string; days: number }[]> {
    const rows = await db.query<{ currency: string; first: string; last: string; days: bigint }>(
      `SELECT currency, min(rate_date) AS first, max(rate_date) AS last, count(*) AS days
         FROM exchange_rates GROUP BY currency ORDER BY currency`,
    );
    return rows.map((r) => ({ ...r, currency: r.currency.trim(), days: Number(r.days) }));
  },

  /** Inserts rates not yet held and corrects any that differ; answers the rows written. */
  async merge(
    tx: Queryable,
    rows: readonly RateRow[],
    chunkSize = 20_000,
  ): Promise<{ currency: string; date: string }[]> {
    const written: { currency: string; date: string }[] = [];
    for (let start = 0; start < rows.length; start += chunkSize) {
      const chunk = rows.slice(start, start + chunkSize);
      written.push(
        ...(await rowsOf(
          tx,
          sql<{ currency: string; date: string }>`WITH input AS (
             SELECT * FROM unnest(${chunk.map((r) => r.currency)}::text[], ${chunk.map((r) => r.date)}::date[],
                                  ${chunk.map((r) => r.rate)}::numeric[]) AS u(currency, rate_date, rate)),
           changed AS (
             SELECT i.* FROM input i LEFT JOIN exchange_rates r ON r.currency = i.currency AND r.rate_date = i.rate_date
              WHERE r.rate IS NULL OR r.rate <> i.rate)
           INSERT INTO exchange_rates (currency, rate_date, rate) SELECT currency, rate_date, rate FROM changed
           ON CONFLICT (currency, rate_date) DO UPDATE SET rate = excluded.rate
           RETURNING trim(currency) AS currency, rate_date::text AS date`,
        )),
      );
    }
    return written;
  },
};
