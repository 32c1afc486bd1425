import { describe, expect, it } from 'vitest';
import { progressLine } from './progress.ts';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, write: (text: string) => written.push(text), written };
};

describe('progress on a terminal', () => {
  it('rewrites one line with the count, the total and the rate, and ends it when done', () => {
    const out = stream(true);
    let clock = 0;
    const progress = progressLine('importing', out, () => clock)!;
    clock = 1000;
    progress(1500, 3000);
    clock = 1100;
    progress(1600, 3000); // within 200 ms of the last line: not shown
    clock = 2000;
    progress(3000, 3000);
    expect(out.written).toEqual([
      '\rimporting: 1,500 of 3,000 records, 1,500/s\x1b[K',
      '\rimporting: 3,000 of 3,000 records, 1,500/s, done in 2.0 s\x1b[K\n',
    ]);
  });

  it('stays quiet when the output is piped', () => {
    expect(progressLine('importing', stream(false))).toBeUndefined();
  });
});
