import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { packagePath } from '../config/package-root.ts';

/** The project's data folder (reference tables, demo data set, gazetteers). */
export const dataRoot = packagePath('data') + '/';

export function readDataFile(relative: string): { text: string; checksum: string } {
  const text = fs.readFileSync(new URL(relative, `file://${dataRoot}`), 'utf8');
  return { text, checksum: createHash('sha256').update(text).digest('hex') };
}
