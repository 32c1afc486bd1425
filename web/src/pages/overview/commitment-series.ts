/** Counts of commitments per announcement month and mode. */
import { modes, type Commitment, type Mode } from '../../api/types.ts';

export interface MonthlySeries {
  months: string[];
  byMode: Record<Mode | 'unknown', number[]>;
}

/** Every month between the first and the last announcement, so that gaps show as gaps. */
export function monthlyByMode(commitments: Commitment[]): MonthlySeries {
  const dated = commitments
    .filter((c) => c.announced_on)
    .map((c) => ({ month: c.announced_on!.slice(0, 7), c }));
  const keys = [...new Set(dated.map((d) => d.month))].sort();
  const months: string[] = [];
  if (keys.length) {
    let [y, m] = keys[0]!.split('-').map(Number) as [number, number];
    const last = keys[keys.length - 1]!;
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      months.push(key);
      if (key >= last) break;
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  }
  const index = new Map(months.map((month, i) => [month, i]));
  const byMode = Object.fromEntries(
    [...modes, 'unknown'].map((mode) => [mode, months.map(() => 0)]),
  ) as MonthlySeries['byMode'];
  for (const { month, c } of dated) byMode[c.mode ?? 'unknown'][index.get(month)!]! += 1;
  return { months, byMode };
}
