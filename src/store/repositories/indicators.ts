import type { GdpTable, PopulationTable } from '../../domain/reports/burden.ts';
import type { Queryable } from '../database.ts';
import { sql, type RawBuilder } from 'kysely';
import { anyText, kysely, rowsOf } from '../kysely.ts';
import { bulkInsert } from '../bulk.ts';
import type { IndicatorQuality, IndicatorRow } from '../reference/indicators.ts';

export interface Indicator {
  party: string;
  indicator: string;
  year: number;
  value: string;
  unit: string;
  edition: string;
  quality: IndicatorQuality;
  estimate: boolean;
}

export interface IndicatorFilter {
  party?: string;
  indicator?: string;
  yearFrom?: number;
  yearTo?: number;
  /** Secondary and transcribed values only when asked for. */
  qualities: readonly IndicatorQuality[];
  limit: number;
  offset: number;
}

export const indicators = {
  async upsert(tx: Queryable, rows: readonly IndicatorRow[]): Promise<void> {
    await bulkInsert(
      tx,
      'indicators',
      [
        { name: 'party_code', type: 'text', value: (r: IndicatorRow) => r.party },
        { name: 'indicator', type: 'text', value: (r) => r.indicator },
        { name: 'year', type: 'int', value: (r) => r.year },
        { name: 'value', type: 'numeric', value: (r) => r.value },
        { name: 'unit', type: 'text', value: (r) => r.unit },
        { name: 'edition', type: 'text', value: (r) => r.edition },
        { name: 'quality', type: 'text', value: (r) => r.quality },
        { name: 'is_estimate', type: 'boolean', value: (r) => r.estimate },
        { name: 'source', type: 'text', value: (r) => r.source },
      ],
      rows,
      `ON CONFLICT (party_code, indicator, year, edition) DO UPDATE SET value = excluded.value, unit = excluded.unit,
         quality = excluded.quality, is_estimate = excluded.is_estimate, source = excluded.source`,
    );
  },

  async list(
    db: Queryable,
    filter: IndicatorFilter,
  ): Promise<{ items: (Indicator & { source: string })[]; total: number }> {
    const where: RawBuilder<unknown>[] = [sql`quality = ANY(${[...filter.qualities]}::text[])`];
    if (filter.party) where.push(sql`party_code = ${filter.party}`);
    if (filter.indicator) where.push(sql`indicator = ${filter.indicator}`);
    if (filter.yearFrom !== undefined) where.push(sql`year >= ${filter.yearFrom}`);
    if (filter.yearTo !== undefined) where.push(sql`year <= ${filter.yearTo}`);
    const clause = sql`WHERE ${sql.join(where, sql` AND `)}`;
    const [count] = await rowsOf(
      db,
      sql<{ total: bigint }>`SELECT count(*) AS total FROM indicators ${clause}`,
    );
    const items = await rowsOf(
      db,
      sql<
        Indicator & { source: string }
      >`SELECT party_code AS party, indicator, year, value::text AS value, unit, edition, quality,
              is_estimate AS estimate, source
         FROM indicators ${clause}
        ORDER BY party_code, indicator, year, edition
        LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    );
    return { items, total: Number(count?.total ?? 0) };
  },

  /** GDP (current USD, primary quality) of the given parties, by year. */
  async gdp(db: Queryable, parties: readonly string[]): Promise<GdpTable> {
    const table = new Map<string, Map<number, string>>();
    if (parties.length === 0) return table;
    const rows = await kysely(db)
      .selectFrom('indicators')
      .select(['party_code', 'year', 'value'])
      .where('indicator', '=', 'gdp_usd')
      .where('quality', '=', 'primary')
      .where('party_code', '=', anyText(parties))
      .execute();
    for (const r of rows) {
      const byYear = table.get(r.party_code) ?? new Map<number, string>();
      byYear.set(r.year, r.value);
      table.set(r.party_code, byYear);
    }
    return table;
  },

  /** The latest population figure (World Bank) of each of the given parties. */
  async latestPopulation(db: Queryable, parties: readonly string[]): Promise<PopulationTable> {
    const table = new Map<string, { year: number; value: string }>();
    if (parties.length === 0) return table;
    const rows = await kysely(db)
      .selectFrom('indicators')
      .select(['party_code', 'year', 'value'])
      .where('indicator', '=', 'population')
      .where('party_code', 'in', parties)
      .orderBy('party_code')
      .orderBy('year', 'desc')
      .distinctOn('party_code')
      .execute();
    for (const r of rows) table.set(r.party_code, { year: r.year, value: r.value });
    return table;
  },
};
