/**
 * How fresh the data a reader sees is: the last change to a record they may see (commitments,
 * packages, meetings, claims) and the last ECB publication day in the exchange-rate table.
 */
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { visibleToSql } from '../visibility.ts';

export interface FreshnessRow {
  data_changed_at: string | null;
  rates_published_on: string | null;
}

export const freshness = {
  async of(db: Queryable, actor: Actor): Promise<FreshnessRow> {
    const latest = ['commitments', 'packages', 'meetings', 'claims'].map((table) => {
      const vis = visibleToSql(actor, 'r', 1);
      return `(SELECT max(r.updated_at) FROM ${table} r WHERE ${vis.sql})`;
    });
    const params = visibleToSql(actor, 'r', 1).params;
    const [row] = await db.query<{
      data_changed_at: Date | string | null;
      rates_published_on: string | null;
    }>(
      `SELECT greatest(${latest.join(', ')}) AS data_changed_at,
              (SELECT max(rate_date) FROM exchange_rates)::text AS rates_published_on`,
      params,
    );
    const at = row?.data_changed_at ?? null;
    return {
      data_changed_at: at === null ? null : new Date(at).toISOString(),
      rates_published_on: row?.rates_published_on ?? null,
    };
  },
};
