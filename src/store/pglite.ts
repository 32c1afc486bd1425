import { PGlite } from '@electric-sql/pglite';
import { checkedQueryable, stopIfAborted, typeParsers, type Database, type Queryable } from './database.ts';

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

function database(db: PGlite, location: string, signal?: AbortSignal, origin?: Database): Database {
  const check = (q: Queryable) => (signal ? checkedQueryable(q, signal) : q);
  const self: Database = {
    ...(origin ? { origin } : {}),
    kind: 'pglite',
    location,
    ...check(queryable(db)),
    transaction: (work) => {
      if (signal) stopIfAborted(signal);
      return db.transaction((tx) => work(check(queryable(tx))));
    },
    close: () => db.close(),
    withSignal: (next) => database(db, location, next, origin ?? self),
  };
  return self;
}

/** Opens (creating if needed) an embedded database in `dataDir`, or in memory when it is null. */
export async function openPGlite(dataDir: string | null): Promise<Database> {
  const db = await PGlite.create(dataDir ?? undefined, { parsers: typeParsers });
  return database(db, dataDir ?? 'memory');
}

/** Embedded database from a dump of another (fast copies of a prepared database in tests). */
export async function openPGliteFromDump(dump: Blob): Promise<Database> {
  const db = await PGlite.create({ loadDataDir: dump, parsers: typeParsers });
  return database(db, 'memory');
}

export async function dumpPGlite(dataDir: string): Promise<Blob> {
  const db = await PGlite.create(dataDir);
  try {
    return await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
}
