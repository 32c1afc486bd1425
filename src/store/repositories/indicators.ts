import type { GdpTable, PopulationTable } from '../../domain/reports/burden.ts';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';
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
    const params: unknown[] = [filter.qualities];
    const where = ['quality = ANY($1::text[])'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.party) add('party_code = ?', filter.party);
    if (filter.indicator) add('indicator = ?', filter.indicator);
    if (filter.yearFrom !== undefined) add('year >= ?', filter.yearFrom);
    if (filter.yearTo !== undefined) add('year <= ?', filter.yearTo);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [count] = await db.query<{ total: bigint }>(
      `SELECT count(*) AS total FROM indicators ${clause}`,
      params,
    );
    params.push(filter.limit, filter.offset);
    const items = await db.query<Indicator & { source: string }>(
      `SELECT party_code AS party, indicator, year, value::text AS value, unit, edition, quality,
              is_estimate AS estimate, source
         FROM indicators ${clause}
        ORDER BY party_code, indicator, year, edition
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
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
