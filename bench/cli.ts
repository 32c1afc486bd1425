/**
 * The command line's own cost: `ramstein --version` and `ramstein extract` on one article,
 * against a bare `node -e 0` launched the same way (wall time, median of several runs).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, report } from './support.ts';

const bin = fileURLToPath(new URL('../bin/ramstein.js', import.meta.url));
const corpus = fileURLToPath(new URL('../../shared/corpus/dev/', import.meta.url));

function wall(args: string[]): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`${args.join(' ')}: exit ${code}`)),
    );
  });
}

async function medianOf(runs: number, args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await wall(args));
  return median(times);
}

export async function run(): Promise<void> {
  const runs = 5;
  const node = await medianOf(runs, ['-e', '0']);
  report('baseline: node -e 0', { median_ms: node, runs });
  const version = await medianOf(runs, [bin, '--version']);
  report('cli: ramstein --version', { median_ms: version, ratio_vs_node: version / node });
  const article = fs.existsSync(corpus) ? fs.readdirSync(corpus).find((f) => f.endsWith('.txt')) : undefined;
  if (!article) return void report('cli: ramstein extract', { skipped: 'no ../shared/corpus/dev' });
  const extract = await medianOf(runs, [bin, 'extract', '--published', '2022-06-28', `${corpus}${article}`]);
  report('cli: ramstein extract one article', { median_ms: extract, ratio_vs_node: extract / node });
}
