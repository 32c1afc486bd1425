/**
 * Makes sure the reference tables match data/, cheaply: the files' names, sizes and modification
 * times are compared with what was last checked against this database (one query). Only when they
 * differ are the files read, hashed and, if their content changed, loaded again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { packagePath } from '../../config/package-root.ts';
import { referenceState } from '../../store/repositories/runtime-state.ts';
import type { AppContext } from '../context.ts';

/** The inputs of the reference datasets (see load-reference-data.ts). */
const inputs = [
  packagePath('data', 'reference'),
  packagePath('data', 'parties'),
  packagePath('data', 'editions', 'reference.json'),
  packagePath('node_modules', 'i18n-iso-countries', 'package.json'),
  packagePath('package.json'),
];

function filesUnder(entry: string): string[] {
  const info = fs.statSync(entry, { throwIfNoEntry: false });
  if (!info) return [];
  if (info.isFile()) return [entry];
  return fs
    .readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

export function referenceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(filesUnder).sort()) {
    const info = fs.statSync(file);
    hash.update(`${path.relative(packagePath(), file)}\t${info.size}\t${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** True when the reference data had to be checked (and perhaps loaded) now. */
export async function ensureReferenceData(ctx: AppContext): Promise<boolean> {
  const fingerprint = referenceFingerprint();
  if ((await referenceState.fingerprint(ctx.db)) === fingerprint) return false;
  const { loadReferenceData } = await import('./load-reference-data.ts');
  await loadReferenceData(ctx);
  await referenceState.record(ctx.db, fingerprint);
  return true;
}
