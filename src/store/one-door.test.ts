/**
 * src/store/ is the one door to the data: no SQL anywhere else in src/ (a statement in a string,
 * or a call of the raw query interface).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Statements as they appear in string-built SQL, and calls of the raw query interface.
const sqlPattern = /\b(SELECT|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET|WITH [a-z_]+ AS)\b|\.query(<|\()/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('one door to the data', () => {
  const files = sourceFiles('src')
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => !f.startsWith('src/store/'));
  const withSql = files.filter((f) => sqlPattern.test(fs.readFileSync(f, 'utf8')));

  it('no SQL outside src/store/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(withSql).toEqual([]);
  });
});
