/**
 * Time from launching `ramstein serve` to the first healthy /healthz answer: on an empty data
 * folder (initdb, migrations, reference data) and on an existing one. Baseline: a bare Node
 * process that opens the same PGlite folder and runs one query.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, report } from './support.ts';

const bin = fileURLToPath(new URL('../bin/ramstein.js', import.meta.url));
const pglite = fileURLToPath(new URL('../node_modules/@electric-sql/pglite/dist/index.js', import.meta.url));

async function timeToHealthy(dataDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  while ((await fetch(`${url}/healthz`).catch(() => null))?.status !== 200)
    await new Promise((r) => setTimeout(r, 5));
  const ms = performance.now() - start;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return ms;
}

/** A command that opens the folder, answers and exits. */
function timeShortCommand(dataDir: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'fx', 'status'], {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: 'ignore',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`fx status exited ${code}`)),
    );
  });
}

function timeBareOpen(dataDir: string): Promise<number> {
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)}); const db = await PGlite.create(${JSON.stringify(dataDir)}); await db.query('SELECT 1'); await db.close();`;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`exit ${code}`)),
    );
  });
}

export async function run(): Promise<void> {
  const runs = 3;
  const first: number[] = [];
  const again: number[] = [];
  const bare: number[] = [];
  const short: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-'));
    first.push(await timeToHealthy(dir));
    again.push(await timeToHealthy(dir));
    bare.push(await timeBareOpen(dir));
    short.push(await timeShortCommand(dir));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  report('startup: first start, empty folder', { median_ms: median(first), runs });
  report('startup: existing folder', { median_ms: median(again), runs });
  report('baseline: bare PGlite open+query', {
    median_ms: median(bare),
    ratio_existing_vs_baseline: median(again) / median(bare),
  });
  report('cli: fx status on the folder', {
    median_ms: median(short),
    ratio_vs_bare_open: median(short) / median(bare),
  });
}
