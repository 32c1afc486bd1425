/**
 * A fresh, migrated database with reference data for one test file: a copy of the run's
 * template, on PGlite or on PostgreSQL depending on the vitest project.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import type { Database } from '../../src/store/database.ts';
import { openPGlite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { withDatabase } from './global-setup.ts';

export const testDbKind = (process.env.RAMSTEIN_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export function tempDir(prefix = 'ramstein-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestDatabase {
  db: Database;
  ctx: AppContext;
  /** For PostgreSQL: the URL of this copy; for PGlite: null. */
  url: string | null;
  /** For PGlite: the data folder of this copy. */
  dataDir: string | null;
  close(): Promise<void>;
}

/**
 * A copy of the prepared database (migrated, reference data loaded); with `demo`, the demo data
 * set imported too; with `empty`, nothing at all.
 */
export async function openTestDb(options: { empty?: boolean; demo?: boolean } = {}): Promise<TestDatabase> {
  if (testDbKind === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = inject('pgTemplate').replace(/_template$/, `_${randomBytes(4).toString('hex')}`);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const template = options.demo ? `${inject('pgTemplate')}_demo` : inject('pgTemplate');
    const create = options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`;
    // Copies from one template cannot run at the same instant: other test files may be copying.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(create);
        break;
      } catch (error) {
        if (attempt > 50 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    const url = withDatabase(adminUrl, name);
    const db = await openPostgres(url, { maxConnections: 4 });
    return { db, ctx: createContext(db), url, dataDir: null, close: () => db.close() };
  }
  const dataDir = tempDir();
  if (!options.empty)
    fs.cpSync(inject(options.demo ? 'demoTemplateDir' : 'templateDir'), dataDir, { recursive: true });
  const db = await openPGlite(dataDir);
  return {
    db,
    ctx: createContext(db),
    url: null,
    dataDir,
    async close() {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An empty database on the PostgreSQL server, whichever project runs (for moving data between the
 * embedded database and PostgreSQL); null when no server answers. Dropped on close.
 */
export async function openEmptyPostgres(): Promise<Database | null> {
  const adminUrl = process.env.RAMSTEIN_TEST_PG_URL;
  if (!adminUrl) return null;
  const name = `ramstein_test_${process.pid}_x${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openPostgres(withDatabase(adminUrl, name), { maxConnections: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
