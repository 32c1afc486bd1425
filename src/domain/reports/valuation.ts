/**
 * Valuation bases: an in-kind line can be valued several ways, and a total that includes
 * estimates depends on which. Every amount here is already in the report currency's minor units.
 *
 * - `record`: the commitment's own money; without it, the catalogue estimate (the default);
 * - `catalogue`, `kiel`, `declared`: the sum of the lines' values on that basis, a line without
 *   one falling back to its catalogue value, when at least one line has a value on that basis;
 *   otherwise the `record` value.
 */
import { roundRatio } from '../money/decimal.ts';
import type { ReportNote } from './report-notes.ts';

export const valuationBases = ['record', 'catalogue', 'kiel', 'declared'] as const;
export type ValuationBasis = (typeof valuationBases)[number];

export interface LineValues {
  catalogue: bigint | null;
  kiel: bigint | null;
  declared: bigint | null;
}

export interface ValuedCommitment {
  /** Recorded money converted to the report currency; null without money or rate. */
  record: bigint | null;
  lines: readonly LineValues[];
}

export interface Valuation {
  value: bigint | null;
  /** True when the value is not the recorded money (an estimate from some basis). */
  estimated: boolean;
  basis: ValuationBasis | null;
}

function sumOf(lines: readonly LineValues[], basis: 'catalogue' | 'kiel' | 'declared'): bigint | null {
  if (!lines.some((l) => l[basis] !== null)) return null;
  return lines.reduce((sum, l) => sum + (l[basis] ?? l.catalogue ?? 0n), 0n);
}

export function valueUnder(c: ValuedCommitment, basis: ValuationBasis): Valuation {
  if (basis !== 'record') {
    const own = sumOf(c.lines, basis);
    if (own !== null) return { value: own, estimated: true, basis };
  }
  if (c.record !== null) return { value: c.record, estimated: false, basis: 'record' };
  const catalogue = sumOf(c.lines, 'catalogue');
  if (catalogue !== null) return { value: catalogue, estimated: true, basis: 'catalogue' };
  return { value: null, estimated: false, basis: null };
}

/** A total under every basis, and its lowest and highest. */
export interface BasisRange {
  by_basis: Record<ValuationBasis, bigint>;
  low: bigint;
  high: bigint;
}

function rangeOf(by: Record<ValuationBasis, bigint>): BasisRange {
  const values = Object.values(by);
  return {
    by_basis: by,
    low: values.reduce((a, b) => (b < a ? b : a)),
    high: values.reduce((a, b) => (b > a ? b : a)),
  };
}

export function totalsByBasis(
  commitments: readonly ValuedCommitment[],
  weight: (c: ValuedCommitment, value: bigint) => bigint = (_c, v) => v,
): BasisRange {
  const by = Object.fromEntries(
    valuationBases.map((b) => [
      b,
      commitments.reduce((sum, c) => {
        const v = valueUnder(c, b).value;
        return v === null ? sum : sum + weight(c, v);
      }, 0n),
    ]),
  ) as Record<ValuationBasis, bigint>;
  return rangeOf(by);
}

/**
 * A total computed elsewhere on the `record` basis (the burden report's committed value) on every
 * basis: the total plus, for each basis, how much its commitments' values differ from their record
 * values (`own`: their values summed on every basis, e.g. totalsByBasis). On `record` it is the
 * total itself.
 */
export function rangeAroundSums(total: bigint, own: Record<ValuationBasis, bigint>): BasisRange {
  const by = Object.fromEntries(valuationBases.map((b) => [b, total + own[b] - own.record])) as Record<
    ValuationBasis,
    bigint
  >;
  return rangeOf(by);
}

/**
 * The implied unit value of an edition's heavy weapons, in minor units: value ÷ count for the
 * donor and category, or the category across all donors when the donor has none. The line value is
 * unit value × quantity, computed as one exact division and rounded once, half to even.
 */
export interface EditionWeapons {
  donor: string;
  category: string;
  count: bigint;
  valueMinor: bigint;
}

export function impliedLineValue(
  table: readonly EditionWeapons[],
  donor: string,
  category: string,
  quantity: bigint,
): bigint | null {
  const own = table.filter((r) => r.category === category && r.donor === donor && r.count > 0n);
  const rows = own.length ? own : table.filter((r) => r.category === category && r.count > 0n);
  if (!rows.length) return null;
  const value = rows.reduce((s, r) => s + r.valueMinor, 0n);
  const count = rows.reduce((s, r) => s + r.count, 0n);
  return roundRatio({ num: value * quantity, den: count }, 'half_even');
}

export const valuationRules: readonly string[] = [
  'Valuation basis `record` (default): the recorded money; without it, the catalogue estimate (indicative unit value × quantity).',
  'Bases `catalogue`, `kiel` and `declared`: the sum of the lines valued on that basis, a line without such a value counting at its catalogue value, when at least one line has one; otherwise as `record`.',
  '`kiel`: the unit value implied by the heavy weapons of the latest imported Kiel Ukraine Support Tracker edition that has them, as known on the report date (value ÷ count for the donor and Kiel category; the category across all donors when the donor has none), EUR, the edition named in `kiel_edition`; without such an edition the basis falls back to `record`. `declared`: the value the donor declared for the line.',
  'Every value but recorded money is an estimate; where a total includes estimates, `range` gives it on every basis, with the lowest and highest.',
];

/** A range with each amount shaped by `shape` (a money figure, usually). */
export function shapeRange<T>(r: BasisRange, shape: (v: bigint) => T) {
  return {
    low: shape(r.low),
    high: shape(r.high),
    by_basis: Object.fromEntries(valuationBases.map((b) => [b, shape(r.by_basis[b])])) as Record<
      ValuationBasis,
      T
    >,
  };
}

/** Why the `kiel` basis shows record values: no edition with heavy weapons was known on the date. */
export function kielFallbackNote(on: string): ReportNote<'kiel-fallback'> {
  return { id: 'kiel-fallback', params: { date: on } };
}
