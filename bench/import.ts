/**
 * `npm run bench -- import`: import throughput of a synthetic ledger (commitments with lines and
 * events, packages, meetings, equipment types) through the real import, on a fresh PGlite data
 * folder and, when PostgreSQL answers on 127.0.0.1:5432, on a temporary database. Baseline: the
 * same rows written by plain multi-row INSERT statements on the same database, in the same run.
 * RAMSTEIN_BENCH_COMMITMENTS sets the size (default 2000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createContext } from '../src/app/context.ts';
import { importLedger } from '../src/app/interchange/import-ledger.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import type { Database } from '../src/store/database.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPGlite } from '../src/store/pglite.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { postgresTestUrl } from '../test/support/postgres-url.ts';
import { insertBaseline, syntheticLedger, type SyntheticLedger } from './import-data.ts';
import { report, timed } from './support.ts';

async function measure(label: string, db: Database, ledger: SyntheticLedger, file: string): Promise<void> {
  await migrate(db);
  const ctx = createContext(db);
  await loadReferenceData(ctx);
  const records =
    ledger.equipment.length + ledger.meetings.length + ledger.packages.length + ledger.commitments.length;
  // Read and parse the file inside the timing: that is what `ramstein import` does.
  const imported = await timed(() => importLedger(ctx, JSON.parse(fs.readFileSync(file, 'utf8'))));
  const baseline = await timed(() => db.transaction((tx) => insertBaseline(tx, ledger, 'raw-')));
  const again = await timed(() => importLedger(ctx, JSON.parse(fs.readFileSync(file, 'utf8'))));
  const perSecond = records / (imported.ms / 1000);
  const rowsPerSecond = ledger.rows / (imported.ms / 1000);
  const baselineRows = ledger.rows / (baseline.ms / 1000);
  report(`import: ${label}`, {
    records,
    rows: ledger.rows,
    ms: imported.ms,
    records_per_s: perSecond,
    rows_per_s: rowsPerSecond,
  });
  report(`import again (unchanged): ${label}`, { ms: again.ms, records_per_s: records / (again.ms / 1000) });
  report(`baseline multi-row INSERT: ${label}`, {
    ms: baseline.ms,
    rows_per_s: baselineRows,
    ratio_import_vs_baseline: imported.ms / baseline.ms,
  });
}

/** The pool has closed its connections; without FORCE nothing of ours is terminated mid-close. */
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return void (await admin.query(`DROP DATABASE IF EXISTS ${name}`));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  process.stderr.write(`could not drop the temporary database ${name}; drop it by hand\n`);
}

export async function run(): Promise<void> {
  const count = Number(process.env.RAMSTEIN_BENCH_COMMITMENTS ?? 2000);
  const ledger = syntheticLedger(count);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-import-'));
  const file = path.join(dir, 'ledger.json');
  const { rows: _rows, ...doc } = ledger;
  fs.writeFileSync(file, JSON.stringify({ format: 'ramstein-ledger', version: 1, ...doc }));
  try {
    const pglite = await openPGlite(path.join(dir, 'data'));
    try {
      await measure('PGlite', pglite, ledger, file);
    } finally {
      await pglite.close();
    }
    const adminUrl = await postgresTestUrl();
    if (!adminUrl)
      return void process.stdout.write('PostgreSQL does not answer on 127.0.0.1:5432: skipped\n');
    const name = `ramstein_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const postgres = await openPostgres(url.toString(), { maxConnections: 4 });
      try {
        await measure('PostgreSQL', postgres, ledger, file);
      } finally {
        await postgres.close();
      }
    } finally {
      await dropDatabase(admin, name);
      await admin.end();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
