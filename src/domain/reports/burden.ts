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
import { percentShares } from './shares.ts';

export const burdenRules: readonly string[] = [
  'Aid only: sales and replenishments (a donor refilling its own stocks, or a donor giving to itself) are not counted.',
  'Pooled money is attributed to its funders once: a package is never a donor; a funder share linked to a commitment is counted through that commitment only, an unlinked share is counted for its funder.',
  'Co-donors are listed, but the money of a commitment is counted once, for its lead donor.',
  'Each amount is converted at its value date (the last ECB rate published on or before it, crossed through the euro on one publication day) and rounded once to minor units, half to even.',
  "In-kind items without money are valued at the catalogue's indicative unit value × quantity and flagged as estimated; items with neither are counted as unvalued.",
  'Vague amounts ("billions") are counted, never summed.',
  "Delivered value is the commitment's value × its delivered share (delivered ÷ committed quantity, averaged over its lines), or its full value once it is delivered.",
];

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

/** Caveats that depend on what the data held. */
export function burdenNotes(
  donors: readonly DonorBurden[],
  basis: GdpBasis,
  totals: BurdenCounts,
  population: PopulationTable = new Map(),
): string[] {
  const years = [...new Set(donors.map((d) => population.get(d.donor)?.year).filter((y) => y !== undefined))];
  const notes = [
    years.length
      ? `Per capita: committed value ÷ population in ${years.sort().join(', ')} (World Bank, SP.POP.TOTL).`
      : 'Per capita figures are null: no population data is loaded.',
    basis === '2021'
      ? '% of GDP uses 2021 GDP (World Bank, current USD) for every year, as public trackers do.'
      : "% of GDP uses the GDP of each commitment's year (World Bank, current USD).",
  ];
  const fallback = donors.filter((d) => d.gdp_fallback).map((d) => d.donor);
  if (fallback.length)
    notes.push(
      `GDP of the commitment's year is not available for some years; the latest available year was used for ${fallback.join(', ')}.`,
    );
  const noGdp = donors
    .filter((d) => d.gdp_pct === null && d.committed.amount_minor !== '0')
    .map((d) => d.donor);
  if (noGdp.length) notes.push(`No GDP figure for ${noGdp.join(', ')}: % of GDP is null.`);
  const noPopulation = donors.filter((d) => d.per_capita === null).map((d) => d.donor);
  if (years.length && noPopulation.length)
    notes.push(`No population figure for ${noPopulation.join(', ')}: per capita is null.`);
  if (totals.estimated)
    notes.push(`${totals.estimated} commitment(s) valued from catalogue unit values (estimated).`);
  if (totals.vague) notes.push(`${totals.vague} commitment(s) with a vague amount are counted, not summed.`);
  if (totals.unvalued)
    notes.push(`${totals.unvalued} commitment(s) have neither money nor a catalogue value: unvalued.`);
  return notes;
}
