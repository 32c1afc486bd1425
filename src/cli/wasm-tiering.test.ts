import { describe, expect, it } from 'vitest';
import { compilerThreads, runsLong } from './wasm-tiering.ts';

describe('which commands keep the optimising compiler', () => {
  it('keeps it for the server, the worker, imports and database work', () => {
    for (const args of [
      ['serve'],
      ['--data-dir', 'x', 'serve', '--port', '0'],
      ['worker'],
      ['import', 'ledger.json'],
      ['editions', 'import', 'kiel', 'r30'],
      ['db', 'restore', 'dump.tar'],
    ])
      expect({ args, long: runsLong(args) }).toEqual({ args, long: true });
  });

  it('gives it up for a command that answers and exits, whatever its folder is called, and for an export', () => {
    for (const args of [
      ['export', '--format', 'xlsx', '--out', 'ledger.xlsx'],
      ['fx', 'status'],
      ['--data-dir', 'serve', 'report', 'burden'],
      ['editions', 'list'],
      ['commitment', 'show', 'import'],
      ['--token', 'db', 'audit', 'verify'],
    ])
      expect({ args, long: runsLong(args) }).toEqual({ args, long: false });
  });

  it('leaves the main thread a core of its own when it keeps it', () => {
    expect([1, 2, 4, 8].map(compilerThreads)).toEqual([1, 1, 3, 7]);
  });
});
