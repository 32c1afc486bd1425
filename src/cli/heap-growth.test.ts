import { describe, expect, it } from 'vitest';
import { isExport } from './heap-growth.ts';

describe('which commands keep the heap close to what is live', () => {
  it('does for an export, wherever its folder is', () => {
    for (const args of [
      ['export', '--format', 'xlsx', '--out', 'x.xlsx'],
      ['--data-dir', 'serve', 'export', '--format', 'json'],
    ])
      expect({ args, tuned: isExport(args) }).toEqual({ args, tuned: true });
  });

  it('does not for the server or a command that merely names an export', () => {
    for (const args of [
      ['serve'],
      ['--data-dir', 'export', 'report', 'burden'],
      ['requirements', 'export', 'x'],
    ])
      expect({ args, tuned: isExport(args) }).toEqual({ args, tuned: false });
  });
});
