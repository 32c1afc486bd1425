import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';
import { typeParsers } from './database.ts';

type PGliteQueryable = Pick<PGlite, 'query' | 'exec'>;

function queryable(db: PGliteQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** Opens (creating if needed) an embedded database in `dataDir`, or in memory when it is null. */
export async function openPGlite(dataDir: string | null): Promise<Database> {
  const db = await PGlite.create(dataDir ?? undefined, { parsers: typeParsers });
  return {
    kind: 'pglite',
    location: dataDir ?? 'memory',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

/** Embedded database from a dump of another (fast copies of a prepared database in tests). */
export async function openPGliteFromDump(dump: Blob): Promise<Database> {
  const db = await PGlite.create({ loadDataDir: dump, parsers: typeParsers });
  return {
    kind: 'pglite',
    location: 'memory',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

export async function dumpPGlite(dataDir: string): Promise<Blob> {
  const db = await PGlite.create(dataDir);
  try {
    return await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
}
