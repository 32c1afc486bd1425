/**
 * Burden sharing: the counting rules as sentences, and the shaping of per-donor, per-year sums
 * into the report (shares of the total, % of GDP). Pure: the sums come from the database.
 */
import {
  add,
  divide,
  formatRatio,
  fromBigInt,
  parseDecimal,
  roundRatio,
  type Ratio,
} from '../money/decimal.ts';
import { formatScaled } from '../money/decimal.ts';
import { minorUnits } from '../money/money.ts';
import { burdenRuleIds, burdenRuleText, englishNote, type ReportNote } from './report-notes.ts';
import { percentShares } from './shares.ts';

/** The counting rules in English, in the order of their ids (report-notes.ts). */
export const burdenRules: readonly string[] = burdenRuleIds.map((id) => burdenRuleText[id]);

export type GdpBasis = '2021' | 'same';

export interface DonorYearSums {
  donor: string;
  year: number | null;
  committed: bigint;
  delivered: bigint;
  committedUsd: bigint;
  estimated: bigint;
  deliveredEstimated: bigint;
  counts: BurdenCounts;
  coDonorCount: number;
}

export interface BurdenCounts {
  recorded: number;
  estimated: number;
  package_shares: number;
  vague: number;
  unvalued: number;
  unconvertible: number;
}

/** GDP in USD (major units, decimal string) by party and year. */
export type GdpTable = ReadonlyMap<string, ReadonlyMap<number, string>>;

/** The latest population figure (persons, decimal string) by party, with its year. */
export type PopulationTable = ReadonlyMap<string, { year: number; value: string }>;

export interface MoneyFigure {
  amount: string;
  amount_minor: string;
}

export interface DonorBurden {
  donor: string;
  committed: MoneyFigure;
  delivered: MoneyFigure;
  estimated: MoneyFigure;
  estimated_pct: string | null;
  delivered_estimated: MoneyFigure;
  delivered_estimated_pct: string | null;
  share_pct: string | null;
  gdp_pct: string | null;
  gdp_years: number[];
  gdp_fallback: boolean;
  per_capita: MoneyFigure | null;
  counts: BurdenCounts;
  co_donor_in: number;
}

const zeroCounts = (): BurdenCounts => ({
  recorded: 0,
  estimated: 0,
  package_shares: 0,
  vague: 0,
  unvalued: 0,
  unconvertible: 0,
});

export function figure(minor: bigint, currency: string): MoneyFigure {
  return { amount: formatScaled(minor, minorUnits(currency)), amount_minor: minor.toString() };
}

/** `part` as a percentage of `whole`, one decimal, half to even; null when the whole is zero. */
export function percentOf(part: bigint, whole: bigint): string | null {
  if (whole === 0n) return null;
  return formatRatio(divide(fromBigInt(part * 100n), fromBigInt(whole)), 1);
}

/** An estimated part beside the total it belongs to: its amount and its share of the total. */
function estimatedParts(
  committed: bigint,
  estimated: bigint,
  delivered: bigint,
  deliveredEstimated: bigint,
  currency: string,
) {
  return {
    estimated: figure(estimated, currency),
    estimated_pct: percentOf(estimated, committed),
    delivered_estimated: figure(deliveredEstimated, currency),
    delivered_estimated_pct: percentOf(deliveredEstimated, delivered),
  };
}

/** Committed value per inhabitant, rounded once to minor units, half to even; null without a population. */
function perCapita(committed: bigint, population: string | undefined, currency: string): MoneyFigure | null {
  if (population === undefined) return null;
  const persons = parseDecimal(population, 'population');
  if (persons.num <= 0n) return null;
  return figure(roundRatio(divide(fromBigInt(committed), persons), 'half_even'), currency);
}

/** The GDP of `year`, or the latest before or after it when missing (then `fallback`). */
function gdpFor(gdp: GdpTable, party: string, year: number | null, basis: GdpBasis) {
  const byYear = gdp.get(party);
  if (!byYear || byYear.size === 0) return null;
  const wanted = basis === '2021' ? 2021 : year;
  const exact = wanted === null ? undefined : byYear.get(wanted);
  if (exact !== undefined) return { year: wanted!, value: exact, fallback: false };
  if (basis === '2021') return null;
  const latest = Math.max(...byYear.keys());
  return { year: latest, value: byYear.get(latest)!, fallback: true };
}

interface Accumulator extends Omit<DonorYearSums, 'year'> {
  gdpShare: Ratio | null;
  gdpMissing: boolean;
  gdpYears: Set<number>;
  gdpFallback: boolean;
}

export function shapeBurden(
  rows: readonly DonorYearSums[],
  currency: string,
  gdp: GdpTable,
  basis: GdpBasis,
  population: PopulationTable = new Map(),
): {
  donors: DonorBurden[];
  totals: {
    committed: MoneyFigure;
    delivered: MoneyFigure;
    estimated: MoneyFigure;
    estimated_pct: string | null;
    delivered_estimated: MoneyFigure;
    delivered_estimated_pct: string | null;
    counts: BurdenCounts;
  };
} {
  const byDonor = new Map<string, Accumulator>();
  for (const row of rows) {
    let acc = byDonor.get(row.donor);
    if (!acc) {
      acc = {
        donor: row.donor,
        committed: 0n,
        delivered: 0n,
        committedUsd: 0n,
        estimated: 0n,
        deliveredEstimated: 0n,
        counts: zeroCounts(),
        coDonorCount: 0,
        gdpShare: null,
        gdpMissing: false,
        gdpYears: new Set(),
        gdpFallback: false,
      };
      byDonor.set(row.donor, acc);
    }
    acc.committed += row.committed;
    acc.delivered += row.delivered;
    acc.committedUsd += row.committedUsd;
    acc.estimated += row.estimated;
    acc.deliveredEstimated += row.deliveredEstimated;
    acc.coDonorCount += row.coDonorCount;
    for (const key of Object.keys(acc.counts) as (keyof BurdenCounts)[]) acc.counts[key] += row.counts[key];
    if (row.committedUsd === 0n) continue;
    const g = gdpFor(gdp, row.donor, row.year, basis);
    if (!g) {
      acc.gdpMissing = true;
      continue;
    }
    acc.gdpYears.add(g.year);
    acc.gdpFallback ||= g.fallback;
    // committed (USD cents) ÷ GDP (USD) = percent of GDP, since cents ÷ 100 × 100 % cancel out.
    const share = divide(fromBigInt(row.committedUsd), parseDecimal(g.value, 'gdp'));
    acc.gdpShare = acc.gdpShare ? add(acc.gdpShare, share) : share;
  }
  const list = [...byDonor.values()].sort((a, b) =>
    a.committed === b.committed ? a.donor.localeCompare(b.donor) : a.committed > b.committed ? -1 : 1,
  );
  const shares = percentShares(list.map((d) => d.committed));
  const donors = list.map((d, i) => ({
    donor: d.donor,
    committed: figure(d.committed, currency),
    delivered: figure(d.delivered, currency),
    ...estimatedParts(d.committed, d.estimated, d.delivered, d.deliveredEstimated, currency),
    share_pct: shares[i] ?? null,
    gdp_pct: d.gdpShare && !d.gdpMissing ? formatRatio(d.gdpShare, 4) : null,
    gdp_years: [...d.gdpYears].sort(),
    gdp_fallback: d.gdpFallback,
    per_capita: perCapita(d.committed, population.get(d.donor)?.value, currency),
    counts: d.counts,
    co_donor_in: d.coDonorCount,
  }));
  const sum = (pick: (d: Accumulator) => bigint) => list.reduce((s, d) => s + pick(d), 0n);
  const counts = zeroCounts();
  for (const d of list)
    for (const key of Object.keys(counts) as (keyof BurdenCounts)[]) counts[key] += d.counts[key];
  const committed = sum((d) => d.committed);
  const delivered = sum((d) => d.delivered);
  return {
    donors,
    totals: {
      committed: figure(committed, currency),
      delivered: figure(delivered, currency),
      ...estimatedParts(
        committed,
        sum((d) => d.estimated),
        delivered,
        sum((d) => d.deliveredEstimated),
        currency,
      ),
      counts,
    },
  };
}

type BurdenNote = ReportNote<Parameters<typeof englishNote>[0]['id']>;

/** Caveats that depend on what the data held, by id with their figures. */
export function burdenNoteList(
  donors: readonly DonorBurden[],
  basis: GdpBasis,
  totals: BurdenCounts,
  population: PopulationTable = new Map(),
): BurdenNote[] {
  const years = [...new Set(donors.map((d) => population.get(d.donor)?.year).filter((y) => y !== undefined))];
  const notes: BurdenNote[] = [
    years.length
      ? { id: 'per-capita', params: { years: years.sort().map(String) } }
      : { id: 'per-capita-none', params: {} },
    { id: basis === '2021' ? 'gdp-2021' : 'gdp-same-year', params: {} },
  ];
  const parties = (id: 'gdp-fallback' | 'no-gdp' | 'no-population', list: string[]) => {
    if (list.length) notes.push({ id, params: { parties: list } });
  };
  parties(
    'gdp-fallback',
    donors.filter((d) => d.gdp_fallback).map((d) => d.donor),
  );
  parties(
    'no-gdp',
    donors.filter((d) => d.gdp_pct === null && d.committed.amount_minor !== '0').map((d) => d.donor),
  );
  if (years.length)
    parties(
      'no-population',
      donors.filter((d) => d.per_capita === null).map((d) => d.donor),
    );
  for (const id of ['estimated', 'vague', 'unvalued'] as const)
    if (totals[id]) notes.push({ id, params: { count: totals[id] } });
  return notes;
}

/** The same caveats in English. */
export function burdenNotes(...args: Parameters<typeof burdenNoteList>): string[] {
  return burdenNoteList(...args).map(englishNote);
}
