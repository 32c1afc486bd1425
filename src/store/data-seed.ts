/**
 * A new embedded data folder starts from a seed built with the program (`npm run build`, run by
 * `npm install`): a folder already initialised by PostgreSQL, migrated and holding the reference
 * data. Copying it takes a fraction of the time the initialisation, the migrations and the
 * reference loads take on a first start. The seed holds no account, secret or record: those are
 * made on the folder itself. Migrations and reference checks still run after it, so a seed older
 * than the program only means more work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { packagePath } from '../config/package-root.ts';

export const SEED_FOLDER = 'data-seed';

/** Built into dist/ by `npm run build`, whether the program runs from there or from the sources. */
const seedFolder = packagePath('dist', SEED_FOLDER);

/** Whether PostgreSQL has never initialised this folder. */
export function isNewDataFolder(dataDir: string): boolean {
  return !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/** The seed's folder, if this installation has one. */
export function dataSeedFolder(): string | null {
  return fs.existsSync(path.join(seedFolder, 'PG_VERSION')) ? seedFolder : null;
}

/**
 * Copies the seed into `dataDir` when PostgreSQL never initialised it; whether it did. The file
 * that marks a folder as initialised is copied last: a copy cut short is started again.
 */
export function plantSeed(dataDir: string): boolean {
  const seed = dataSeedFolder();
  if (!seed || !isNewDataFolder(dataDir)) return false;
  const marker = path.join(seed, 'PG_VERSION');
  fs.cpSync(seed, dataDir, { recursive: true, force: true, filter: (source) => source !== marker });
  fs.copyFileSync(marker, path.join(dataDir, 'PG_VERSION'));
  return true;
}
