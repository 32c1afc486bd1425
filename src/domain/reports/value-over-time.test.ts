import { describe, expect, it } from 'vitest';
import { monthRange, shapeValueOverTime, valueOverTimeNotes } from './value-over-time.ts';

describe('value over time shaping', () => {
  it('fills the months between records, across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('accumulates per mode and in total, keeps undated sums out of the months and says so', () => {
    const shaped = shapeValueOverTime(
      [
        {
          measure: 'committed',
          month: '2024-11',
          mode: 'donation',
          minor: 150n,
          valued: 1,
          unconvertible: 0,
        },
        { measure: 'committed', month: '2025-01', mode: 'pooled', minor: 1000n, valued: 2, unconvertible: 1 },
        { measure: 'committed', month: null, mode: null, minor: 7n, valued: 1, unconvertible: 0 },
        { measure: 'delivered', month: '2025-01', mode: 'donation', minor: 50n, valued: 1, unconvertible: 0 },
      ],
      { vague: 2, unvalued: 0 },
      'EUR',
    );
    expect(shaped.months).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(shaped.totals.committed.monthly).toEqual(['1.50', '0.00', '10.00']);
    expect(shaped.totals.committed.cumulative).toEqual(['1.50', '1.50', '11.50']);
    expect(shaped.series.map((s) => `${s.measure}:${s.mode}`)).toEqual([
      'committed:donation',
      'committed:pooled',
      'delivered:donation',
    ]);
    expect(shaped.undated.committed.amount).toBe('0.07');
    expect(valueOverTimeNotes(shaped).map((n) => n.id)).toEqual(['unconvertible', 'vague', 'undated']);
  });

  it('answers an empty ledger with no months and zero totals', () => {
    const shaped = shapeValueOverTime([], { vague: 0, unvalued: 0 }, 'USD');
    expect(shaped.months).toEqual([]);
    expect(shaped.totals.delivered.total.amount).toBe('0.00');
    expect(valueOverTimeNotes(shaped)).toEqual([]);
  });
});
