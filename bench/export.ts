/**
 * `npm run bench -- export`: peak memory (maximum resident set) of `ramstein export` on a ledger of
 * RAMSTEIN_BENCH_COMMITMENTS synthetic commitments (default 10,000) with lines, events and
 * sources, in XLSX and JSON. Baseline: the same command's `--version` (the process alone).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from '../src/app/context.ts';
import { importLedger } from '../src/app/interchange/import-ledger.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPGlite } from '../src/store/pglite.ts';
import { syntheticLedger } from './import-data.ts';
import { report } from './support.ts';

const bin = fileURLToPath(new URL('../bin/ramstein.js', import.meta.url));

/** Peak resident memory of one `ramstein` run, in MB (GNU time's %M is in KB). */
function peakMb(args: string[]): { mb: number; ms: number } {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], {
    env: { ...process.env, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`ramstein ${args.join(' ')} failed: ${run.stderr}`);
  const kb = Number(run.stderr.trim().split('\n').pop());
  return { mb: kb / 1024, ms: performance.now() - started };
}

export async function run(): Promise<void> {
  if (!fs.existsSync('/usr/bin/time'))
    return void process.stdout.write('GNU time (/usr/bin/time) is missing: skipped\n');
  const count = Number(process.env.RAMSTEIN_BENCH_COMMITMENTS ?? 10_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-export-'));
  try {
    const db = await openPGlite(dir);
    try {
      await migrate(db);
      const ctx = createContext(db);
      await loadReferenceData(ctx);
      const { rows: _rows, ...doc } = syntheticLedger(count);
      await importLedger(ctx, doc);
    } finally {
      await db.close();
    }
    const baseline = peakMb(['--version']);
    for (const format of ['xlsx', 'json'] as const) {
      const out = path.join(dir, `ledger.${format}`);
      const measured = peakMb(['--data-dir', dir, 'export', '--format', format, '--out', out]);
      report(`export ${format}: ${count} commitments`, {
        peak_rss_mb: measured.mb,
        ms: measured.ms,
        file_mb: fs.statSync(out).size / 1024 / 1024,
        baseline_version_rss_mb: baseline.mb,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
