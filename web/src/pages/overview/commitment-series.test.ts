import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../api/types.ts';
import { monthlyByMode } from './commitment-series.ts';

const commitment = (announced_on: string | null, mode: Commitment['mode']): Commitment =>
  ({ announced_on, mode }) as Commitment;

describe('commitment series', () => {
  it('fills every month between the first and last announcement', () => {
    const series = monthlyByMode([
      commitment('2022-11-03', 'donation'),
      commitment('2023-02-10', 'pooled'),
      commitment('2022-11-20', 'donation'),
      commitment(null, 'sale'),
    ]);
    expect(series.months).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(series.byMode.donation).toEqual([2, 0, 0, 0]);
    expect(series.byMode.pooled).toEqual([0, 0, 0, 1]);
    expect(series.byMode.sale).toEqual([0, 0, 0, 0]);
  });

  it('counts commitments without a mode apart', () => {
    expect(monthlyByMode([commitment('2024-01-01', null)]).byMode.unknown).toEqual([1]);
  });
});
