/**
 * Prepares, once per test run and database kind, a migrated database with the reference data
 * loaded. Each test file then starts from a fresh copy of it (test/support/db.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createContext } from '../../src/app/context.ts';
import { ensureReferenceData } from '../../src/app/reference/ensure-reference-data.ts';
import { migrate } from '../../src/store/migrate.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import { readLedgerPath } from '../../src/store/ledger-files.ts';
import { plantSeed } from '../../src/store/data-seed.ts';
import { openPGlite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string;
    demoTemplateDir: string;
    pgTemplate: string;
    pgAdminUrl: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  const kind = project.config.env.RAMSTEIN_TEST_DB;
  if (kind === 'postgres') {
    const adminUrl = project.config.env.RAMSTEIN_TEST_PG_URL!;
    const template = `ramstein_test_${process.pid}_template`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const db = await openPostgres(withDatabase(adminUrl, template), { maxConnections: 2 });
    await migrate(db);
    await ensureReferenceData(createContext(db));
    await db.close();
    // A second template with the demo data set imported, for the many files that read it.
    await admin.query(`DROP DATABASE IF EXISTS ${template}_demo`);
    await admin.query(`CREATE DATABASE ${template}_demo TEMPLATE ${template}`);
    const demo = await openPostgres(withDatabase(adminUrl, `${template}_demo`), { maxConnections: 2 });
    await importLedger(createContext(demo), readLedgerPath('data/demo'));
    await demo.close();
    project.provide('pgTemplate', template);
    project.provide('pgAdminUrl', adminUrl);
    return async () => {
      // Drop the template and every copy made from it in this run.
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`ramstein_test_${process.pid}_%`],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-template-'));
  // From the installation's seed when it has one, as a new data folder starts.
  plantSeed(templateDir);
  const db = await openPGlite(templateDir);
  await migrate(db);
  await ensureReferenceData(createContext(db));
  await db.close();
  const demoTemplateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-template-demo-'));
  fs.cpSync(templateDir, demoTemplateDir, { recursive: true });
  const demo = await openPGlite(demoTemplateDir);
  await importLedger(createContext(demo), readLedgerPath('data/demo'));
  await demo.close();
  project.provide('templateDir', templateDir);
  project.provide('demoTemplateDir', demoTemplateDir);
  return () => {
    fs.rmSync(templateDir, { recursive: true, force: true });
    fs.rmSync(demoTemplateDir, { recursive: true, force: true });
  };
}
