/**
 * src/store/ is the one door to the data: no SQL anywhere else in src/. The files listed below
 * still hold SQL from before the typed repositories; the list may only shrink — a new file with
 * SQL fails this test, and so does a listed file once its SQL has moved (take it off the list).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const stillToMove = new Set([
  'src/app/briefing/record-meeting.ts',
  'src/app/commitments/record-commitment-event.ts',
  'src/app/interchange/import-ledger.ts',
  'src/app/review/review-candidates.ts',
]);

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

  it('no SQL outside src/store/ but in the files still to move', () => {
    expect(withSql.filter((f) => !stillToMove.has(f))).toEqual([]);
  });

  it('the list of files still to move only shrinks', () => {
    expect([...stillToMove].filter((f) => !withSql.includes(f))).toEqual([]);
  });
});
