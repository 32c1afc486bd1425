/**
 * Applies the committed SQL migrations (src/store/migrations/NNNN_name.sql) in order, each in
 * its own transaction, and refuses to run if an applied migration was edited afterwards.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { AppError } from '../domain/errors.ts';
import { sql } from 'kysely';
import type { Database, Queryable } from './database.ts';
import { rowsOf } from './kysely.ts';
import { packagePath } from '../config/package-root.ts';

// Read from the sources even when running compiled: the SQL files are not copied into dist/.
const migrationsDir = new URL(`file://${packagePath('src', 'store', 'migrations')}/`);

export interface Migration {
  id: string;
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedMigration {
  id: string;
  name: string;
  checksum: string;
  applied_at: Date;
}

export function listMigrations(): Migration[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(new URL(file, migrationsDir), 'utf8');
      return {
        id: file.slice(0, 4),
        name: file.slice(5, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

const ledgerTable = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/** Answers when the database answers a trivial statement (readiness). */
export async function ping(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}

/** The migrations applied so far; null when the database has no ledger of them yet. */
async function migrationLedger(db: Queryable): Promise<AppliedMigration[] | null> {
  const [table] = await db.query<{ exists: boolean }>(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`,
  );
  if (!table?.exists) return null;
  return db.query<AppliedMigration>(
    'SELECT id, name, checksum, applied_at FROM schema_migrations ORDER BY id',
  );
}

export async function appliedMigrations(db: Queryable): Promise<AppliedMigration[]> {
  return (await migrationLedger(db)) ?? [];
}

/** Applies what is pending; returns the ids applied now. */
export async function migrate(db: Database): Promise<string[]> {
  let ledger = await migrationLedger(db);
  // Created only when missing: as the first data-definition statement after an open, it cost the
  // embedded database 130-180 ms at every start on a busy two-core machine, table there or not
  // (a repeat: under 1 ms).
  if (!ledger) {
    await db.exec(ledgerTable);
    ledger = await appliedMigrations(db);
  }
  const applied = new Map(ledger.map((m) => [m.id, m]));
  const done: string[] = [];
  for (const migration of listMigrations()) {
    const previous = applied.get(migration.id);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new AppError(
          'conflict',
          `migration ${migration.id}_${migration.name} was changed after it was applied; restore it and add a new migration instead`,
        );
      }
      continue;
    }
    await db.transaction(async (tx) => {
      // Two servers starting together on one PostgreSQL: the second waits, then skips.
      await tx.query('SELECT pg_advisory_xact_lock(72657001)');
      const [again] = await rowsOf(tx, sql`SELECT 1 FROM schema_migrations WHERE id = ${migration.id}`);
      if (again) return;
      await tx.exec(migration.sql);
      await rowsOf(
        tx,
        sql`INSERT INTO schema_migrations (id, name, checksum)
            VALUES (${migration.id}, ${migration.name}, ${migration.checksum})`,
      );
      done.push(migration.id);
    });
  }
  return done;
}
