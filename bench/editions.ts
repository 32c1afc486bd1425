/**
 * `npm run bench -- editions`: importing Kiel release 28 (5,565 activity rows, the country table
 * and disbursements, from ../shared) through `editions import`, against a plain multi-row INSERT
 * of the same activity rows in the same run; then the reconciliation report on that edition over
 * the demo ledger. Fresh PGlite data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContext } from '../src/app/context.ts';
import { importEdition } from '../src/app/editions/import-edition.ts';
import { reconcileEdition } from '../src/app/editions/reconcile-edition.ts';
import { importLedger } from '../src/app/interchange/import-ledger.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import { readLedgerPath } from '../src/store/ledger-files.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPGlite } from '../src/store/pglite.ts';
import type { Queryable } from '../src/store/database.ts';
import { median, report, timed } from './support.ts';

const kiel = new URL('../../shared/data/external/kiel/r28/', import.meta.url);
const RUNS = 3;

function readRelease(): Map<string, string> {
  return new Map(fs.readdirSync(kiel).map((name) => [name, fs.readFileSync(new URL(name, kiel), 'utf8')]));
}

/** The baseline: the activity rows as plain INSERT … VALUES statements of 1,000 rows each. */
async function plainInsert(db: Queryable, rows: string[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const values = chunk.map(
      (_r, i) => `(${Array.from({ length: 6 }, (_c, j) => `$${i * 6 + j + 1}`).join(', ')})`,
    );
    await db.query(
      `INSERT INTO bench_activities (donor, activity_date, aid_type, measure, amount, seq) VALUES ${values.join(', ')}`,
      chunk.flat(),
    );
  }
}

export async function run(): Promise<void> {
  if (!fs.existsSync(kiel)) {
    process.stdout.write(`editions: skipped, ${kiel.pathname} is not there\n`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-editions-'));
  const db = await openPGlite(dir);
  try {
    await migrate(db);
    const ctx = createContext(db);
    await loadReferenceData(ctx);
    await importLedger(ctx, readLedgerPath('data/demo'));
    const files = readRelease();
    const activities = (files.get('bilateral_activities.csv') ?? '').trim().split('\n').length - 1;
    const imports: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Editions are immutable: each run starts from none (the bench's own folder).
      for (const table of ['edition_activities', 'edition_figures', 'edition_files', 'editions'])
        await db.query(`DELETE FROM ${table}`);
      imports.push((await timed(() => importEdition(ctx, { source: 'kiel', release: '28', files }))).ms);
    }
    const again = await timed(() => importEdition(ctx, { source: 'kiel', release: '28', files }));

    await db.query(
      `CREATE TABLE bench_activities (seq int, donor text, activity_date date, aid_type text, measure text, amount numeric)`,
    );
    const rows = (files.get('bilateral_activities.csv') ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line, i) => {
        const [donor, date, aid, measure, amount] = line.split(',');
        return [donor!, date || null, aid!, measure!, amount!, String(i + 1)] as string[];
      });
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await db.query('TRUNCATE bench_activities');
      baseline.push((await timed(() => plainInsert(db, rows))).ms);
    }
    const importMs = median(imports);
    const baselineMs = median(baseline);
    report('editions import kiel r28', {
      ms: importMs,
      activities_per_s: activities / (importMs / 1000),
      ratio_to_plain_insert: importMs / baselineMs,
    });
    report('plain multi-row INSERT (rows only)', {
      ms: baselineMs,
      rows_per_s: activities / (baselineMs / 1000),
    });
    report('editions import again (unchanged)', { ms: again.ms });

    const reconcile: number[] = [];
    for (let i = 0; i < 5; i++) reconcile.push((await timed(() => reconcileEdition(ctx, 'kiel-ust-r28'))).ms);
    report('editions reconcile kiel-ust-r28', { ms: median(reconcile), runs: 5 });
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
