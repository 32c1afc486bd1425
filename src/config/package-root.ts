/**
 * The folder of the installed package (where package.json, data/ and web/dist are). The code runs
 * from src/ under a test runner and from dist/cli/ when built (bundled), so the depth differs: look up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'data'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package root above ${start}`);
  }
}

export const packageRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. `packagePath('data', 'demo')`. */
export const packagePath = (...parts: string[]): string => path.join(packageRoot, ...parts);
