import { PGlite } from '@electric-sql/pglite';
import { checkedQueryable, stopIfAborted, typeParsers, type Database, type Queryable } from './database.ts';

type PGliteQueryable = Pick<PGlite, 'query' | 'exec'>;

/** Statements that only read: everything else may have written. */
const READ = /^\s*select\b/i;

/**
 * The statements of this process that may have written, counted before and after each one (and
 * at the end of every transaction). The embedded database has no other writer (its folder is
 * locked to this process), so a value read while the count did not move is still current.
 */
interface Changes {
  count: number;
}

function queryable(db: PGliteQueryable, changes: Changes): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      if (READ.test(sql)) return (await db.query<Row>(sql, params as unknown[])).rows;
      changes.count++;
      try {
        return (await db.query<Row>(sql, params as unknown[])).rows;
      } finally {
        changes.count++;
      }
    },
    async exec(sql: string) {
      changes.count++;
      try {
        await db.exec(sql);
      } finally {
        changes.count++;
      }
    },
  };
}

function database(
  db: PGlite,
  location: string,
  changes: Changes,
  signal?: AbortSignal,
  origin?: Database,
): Database {
  const check = (q: Queryable) => (signal ? checkedQueryable(q, signal) : q);
  const self: Database = {
    ...(origin ? { origin } : {}),
    kind: 'pglite',
    location,
    ...check(queryable(db, changes)),
    transaction: async (work) => {
      if (signal) stopIfAborted(signal);
      try {
        return await db.transaction((tx) => work(check(queryable(tx, changes))));
      } finally {
        changes.count++;
      }
    },
    close: () => db.close(),
    withSignal: (next) => database(db, location, changes, next, origin ?? self),
    changeCount: () => changes.count,
  };
  return self;
}

/**
 * PostgreSQL's page cache lives in the embedded database's WebAssembly memory, which never shrinks:
 * at the default 128 MB it was the largest part of every process's memory. The data folder's
 * files are read through the system's own cache, so a smaller one costs little time (measured on
 * a 10,000-commitment export: about 110 MB less at peak, no slower).
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Runs `open` with the event loop kept alive. The embedded database compiles its WebAssembly in
 * V8's background threads, which Node does not count as pending work: with nothing else pending,
 * Node waits for all of V8's background work to finish before it goes on, and then again each
 * time the code that follows (the whole start of a server, up to its first file read) yields,
 * including the optimising compiler's work on the database code, which kept a server's start
 * waiting for hundreds of milliseconds on two cores.
 */
async function withLoopAlive<T>(open: () => Promise<T>): Promise<T> {
  const alive = setInterval(() => undefined, 60_000);
  try {
    return await open();
  } finally {
    clearInterval(alive);
  }
}

/** Opens (creating if needed) an embedded database in `dataDir`, or in memory when it is null. */
export async function openPGlite(dataDir: string | null): Promise<Database> {
  const db = await withLoopAlive(() =>
    PGlite.create(dataDir ?? undefined, { parsers: typeParsers, startParams }),
  );
  return database(db, dataDir ?? 'memory', { count: 0 });
}

/** Embedded database from a dump of another (fast copies of a prepared database in tests). */
export async function openPGliteFromDump(dump: Blob): Promise<Database> {
  const db = await PGlite.create({ loadDataDir: dump, parsers: typeParsers, startParams });
  return database(db, 'memory', { count: 0 });
}

export async function dumpPGlite(dataDir: string): Promise<Blob> {
  const db = await PGlite.create(dataDir);
  try {
    return await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
}
