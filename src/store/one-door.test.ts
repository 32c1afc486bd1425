/**
 * src/store/ is the one door to the data: no SQL anywhere else in src/ (a statement in a string,
 * or a call of the raw query interface). Inside it, queries are composed with the query builder,
 * which numbers their parameters itself: no placeholder numbered by hand.
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

// A placeholder written by hand ($1, $5::date) or numbered in code ($${n}).
const placeholderPattern = /\$(\d|\$\{)/;

/**
 * What must keep numbered placeholders: the database driver itself, and statements whose columns
 * are known only at run time (snapshot restore).
 */
const placeholdersAllowed = ['src/store/postgres.ts', 'src/store/snapshot/restore.ts'];

describe('queries in src/store/', () => {
  const files = sourceFiles('src/store').map((f) => f.split(path.sep).join('/'));

  it('number no placeholder by hand, outside a short list of files', () => {
    expect(files.length).toBeGreaterThan(50);
    const numbered = files.filter(
      (f) => !placeholdersAllowed.includes(f) && placeholderPattern.test(fs.readFileSync(f, 'utf8')),
    );
    expect(numbered).toEqual([]);
    // Every file of the list still needs its place on it.
    expect(placeholdersAllowed.filter((f) => !placeholderPattern.test(fs.readFileSync(f, 'utf8')))).toEqual(
      [],
    );
  });
});
