import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';
import { bulkInsert } from '../bulk.ts';
import type { PartyRow } from '../reference/parties.ts';

export interface Party {
  code: string;
  kind: PartyRow['kind'];
  iso3: string | null;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  members: string[];
  source: string;
}

export interface PartyFilter {
  kind?: Party['kind'];
  /** Matches code, any name or any alias, case-insensitively. */
  search?: string;
  limit: number;
  offset: number;
}

const columns = sql.raw('code, kind, iso3, names, aliases, members, source');

export const parties = {
  async upsert(tx: Queryable, rows: readonly PartyRow[]): Promise<void> {
    await bulkInsert(
      tx,
      'parties',
      [
        { name: 'code', type: 'text', value: (r: PartyRow) => r.code },
        { name: 'kind', type: 'text', value: (r) => r.kind },
        { name: 'iso3', type: 'text', value: (r) => r.iso3 },
        { name: 'names', type: 'jsonb', value: (r) => JSON.stringify(r.names) },
        { name: 'aliases', type: 'jsonb', value: (r) => JSON.stringify(r.aliases) },
        { name: 'members', type: 'text', cast: 'text[]', value: (r) => `{${r.members.join(',')}}` },
        { name: 'source', type: 'text', value: (r) => r.source },
      ],
      rows,
      `ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, iso3 = excluded.iso3, names = excluded.names,
         aliases = excluded.aliases, members = excluded.members, source = excluded.source`,
    );
  },

  async get(db: Queryable, code: string): Promise<Party | undefined> {
    const [row] = await rowsOf(db, sql<Party>`SELECT ${columns} FROM parties WHERE code = ${code}`);
    return row;
  },

  async list(db: Queryable, filter: PartyFilter): Promise<{ items: Party[]; total: number }> {
    const where: RawBuilder<unknown>[] = [];
    if (filter.kind) where.push(sql`kind = ${filter.kind}`);
    if (filter.search) {
      const pattern = sql`${`%${filter.search.toLowerCase()}%`}::text`;
      where.push(sql`(lower(code) LIKE ${pattern} OR lower(names::text) LIKE ${pattern}
                   OR lower(aliases::text) LIKE ${pattern})`);
    }
    const clause = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
    const [count] = await rowsOf(db, sql<{ total: bigint }>`SELECT count(*) AS total FROM parties ${clause}`);
    const items = await rowsOf(
      db,
      sql<Party>`SELECT ${columns} FROM parties ${clause} ORDER BY code LIMIT ${filter.limit} OFFSET ${filter.offset}`,
    );
    return { items, total: Number(count?.total ?? 0) };
  },
};
