import type { Queryable } from '../database.ts';
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

const columns = 'code, kind, iso3, names, aliases, members, source';

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
    const [row] = await db.query<Party>(`SELECT ${columns} FROM parties WHERE code = $1`, [code]);
    return row;
  },

  async list(db: Queryable, filter: PartyFilter): Promise<{ items: Party[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kind) {
      params.push(filter.kind);
      where.push(`kind = $${params.length}`);
    }
    if (filter.search) {
      params.push(`%${filter.search.toLowerCase()}%`);
      where.push(`(lower(code) LIKE $${params.length} OR lower(names::text) LIKE $${params.length}
                   OR lower(aliases::text) LIKE $${params.length})`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = await db.query<{ total: bigint }>(
      `SELECT count(*) AS total FROM parties ${clause}`,
      params,
    );
    params.push(filter.limit, filter.offset);
    const items = await db.query<Party>(
      `SELECT ${columns} FROM parties ${clause} ORDER BY code LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items, total: Number(count?.total ?? 0) };
  },
};
