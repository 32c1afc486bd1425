/**
 * The donor comparison as it lives in the address bar (a permalink restores it), the ranking by
 * the chosen measure (exact decimal order, no floats), and the colour classes of the map. Pure.
 */
import { query } from '../../api/client.ts';
import type { BurdenRow } from '../../api/types.ts';

export const compareMeasures = ['value', 'share', 'gdp', 'per_capita'] as const;
export type CompareMeasure = (typeof compareMeasures)[number];
export const compareCurrencies = ['EUR', 'USD'] as const;
/** Donors shown side by side at most. */
export const MAX_CHOSEN = 6;

export interface CompareView {
  measure: CompareMeasure;
  currency: (typeof compareCurrencies)[number];
  donors: string[];
}

export function readCompareView(search: URLSearchParams): CompareView {
  const measure = search.get('measure') as CompareMeasure;
  const donors = (search.get('donors') ?? '')
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter((d) => /^[A-Z0-9-]{2,12}$/.test(d));
  return {
    measure: compareMeasures.includes(measure) ? measure : 'value',
    currency: search.get('currency') === 'USD' ? 'USD' : 'EUR',
    donors: [...new Set(donors)].slice(0, MAX_CHOSEN),
  };
}

export function compareViewHref(view: CompareView): string {
  return `/compare${query({
    measure: view.measure === 'value' ? null : view.measure,
    currency: view.currency === 'EUR' ? null : view.currency,
    donors: view.donors.join(','),
  })}`;
}

/** The exact decimal string a measure reads from a donor's row; null when it has none. */
export function measureOf(row: BurdenRow, measure: CompareMeasure): string | null {
  if (measure === 'value') return row.committed.amount;
  if (measure === 'share') return row.share_pct;
  if (measure === 'gdp') return row.gdp_pct;
  return row.per_capita?.amount ?? null;
}

/** Compares two decimal strings ("-12.5", "3") exactly. */
export function compareDecimals(a: string, b: string): number {
  const parse = (s: string) => {
    const negative = s.startsWith('-');
    const [whole = '0', fraction = ''] = s.replace(/^[-+]/, '').split('.');
    return { negative, whole: whole.replace(/^0+(?=\d)/, ''), fraction: fraction.replace(/0+$/, '') };
  };
  const x = parse(a);
  const y = parse(b);
  const magnitude = () => {
    if (x.whole.length !== y.whole.length) return x.whole.length < y.whole.length ? -1 : 1;
    if (x.whole !== y.whole) return x.whole < y.whole ? -1 : 1;
    const width = Math.max(x.fraction.length, y.fraction.length);
    const fx = x.fraction.padEnd(width, '0');
    const fy = y.fraction.padEnd(width, '0');
    return fx === fy ? 0 : fx < fy ? -1 : 1;
  };
  const zero = (p: typeof x) => /^0*$/.test(p.whole + p.fraction);
  const sx = zero(x) ? 0 : x.negative ? -1 : 1;
  const sy = zero(y) ? 0 : y.negative ? -1 : 1;
  if (sx !== sy) return sx < sy ? -1 : 1;
  return sx * magnitude();
}

export interface RankedDonor {
  row: BurdenRow;
  value: string | null;
  /** 1 for the highest; ties share a rank; null when the donor has no figure for the measure. */
  rank: number | null;
}

/** Donors by the measure, highest first; those without a figure last, by code. */
export function rankDonors(rows: readonly BurdenRow[], measure: CompareMeasure): RankedDonor[] {
  const withValue = rows
    .map((row) => ({ row, value: measureOf(row, measure) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.row.donor.localeCompare(b.row.donor) : a.value === null ? 1 : -1;
      return compareDecimals(b.value, a.value) || a.row.donor.localeCompare(b.row.donor);
    });
  let rank = 0;
  return withValue.map((d, i) => {
    if (d.value === null) return { ...d, rank: null };
    const previous = withValue[i - 1];
    if (!previous || previous.value === null || compareDecimals(previous.value, d.value) !== 0) rank = i + 1;
    return { ...d, rank };
  });
}

/**
 * Colour classes for the map: up to five classes of (nearly) equal numbers of donors, by rank.
 * Returns each donor's class (0 = lowest) and each class's lowest and highest value.
 */
export function colourClasses(ranked: readonly RankedDonor[], count = 5) {
  const valued = ranked.filter((d) => d.value !== null && compareDecimals(d.value, '0') > 0).reverse();
  const classes = Math.min(count, valued.length);
  const classOf = new Map<string, number>();
  const bounds: { low: string; high: string }[] = [];
  valued.forEach((d, i) => {
    const c = Math.floor((i * classes) / valued.length);
    classOf.set(d.row.donor, c);
    bounds[c] = { low: bounds[c]?.low ?? d.value!, high: d.value! };
  });
  return { classOf, bounds };
}
