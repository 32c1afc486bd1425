/**
 * How fresh the data a reader sees is: the last change to a record they may see (commitments,
 * packages, meetings, claims) and the last ECB publication day in the exchange-rate table.
 */
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { sql } from 'kysely';
import { kysely } from '../kysely.ts';
import { visibleTo } from '../visibility.ts';

export interface FreshnessRow {
  data_changed_at: string | null;
  rates_published_on: string | null;
}

export const freshness = {
  async of(db: Queryable, actor: Actor): Promise<FreshnessRow> {
    const latest = ['commitments', 'packages', 'meetings', 'claims'].map(
      (table) => sql`(SELECT max(r.updated_at) FROM ${sql.table(table)} r WHERE ${visibleTo(actor, 'r')})`,
    );
    const [row] = (
      await sql<{ data_changed_at: Date | string | null; rates_published_on: string | null }>`
        SELECT greatest(${sql.join(latest)}) AS data_changed_at,
               (SELECT max(rate_date) FROM exchange_rates)::text AS rates_published_on`.execute(kysely(db))
    ).rows;
    const at = row?.data_changed_at ?? null;
    return {
      data_changed_at: at === null ? null : new Date(at).toISOString(),
      rates_published_on: row?.rates_published_on ?? null,
    };
  },
};
