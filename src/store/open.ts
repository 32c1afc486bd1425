/**
 * Opens the configured database: PostgreSQL when a URL is given, else the embedded one in the
 * data folder under an exclusive lock. Migrations are applied before anything else runs.
 */
import type { Database } from './database.ts';
import { plantSeed } from './data-seed.ts';
import { acquireDataDirLock } from './lock.ts';
import { migrate } from './migrate.ts';
import { openPGlite } from './pglite.ts';
import { makePrivate, tighten } from './private-folder.ts';

export interface StoreOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL only: connections kept at most, and the limit on one statement's run time (ms, 0 for none). */
  poolSize?: number;
  statementTimeoutMs?: number;
  /** Named in the lock file, so a second process can say who holds the folder. */
  command: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

export async function openStore(options: StoreOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openServer(options.databaseUrl, options)
    : await openEmbedded(options);
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

/** The PostgreSQL driver is loaded only when a server is configured: not on the embedded database. */
async function openServer(url: string, options: StoreOptions): Promise<Database> {
  const { openPostgres } = await import('./postgres.ts');
  return openPostgres(url, {
    maxConnections: options.poolSize,
    statementTimeoutMs: options.statementTimeoutMs,
  });
}

async function openEmbedded(options: StoreOptions): Promise<Database> {
  makePrivate(options.dataDir);
  const lock = acquireDataDirLock(options.dataDir, options.command);
  let db: Database;
  try {
    // A new folder starts from the installation's seed (src/store/data-seed.ts), made private too.
    if (plantSeed(options.dataDir)) tighten(options.dataDir);
    db = await openPGlite(options.dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    ...db,
    async close() {
      try {
        await db.close();
        tighten(options.dataDir);
      } finally {
        lock.release();
      }
    },
  };
}
