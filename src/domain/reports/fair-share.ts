/**
 * The fair-share meter: each donor's contribution in a year against three benchmarks — Ukraine's
 * ask (a share of the donor's GDP), the donor's share of the group's combined GDP applied to the
 * group's total, and the same with NATO defence expenditure (the donor's own spending path).
 * Pure: values, GDP and rates come in; every figure is exact, rounded once, half to even.
 */
import { formatRatio, roundRatio, type Ratio } from '../money/decimal.ts';
import { figure } from './burden.ts';
import {
  shapeRange,
  totalsByBasis,
  valuationBases,
  valueUnder,
  type ValuationBasis,
  type ValuedCommitment,
} from './valuation.ts';

const ledgerContribution =
  "Contribution: the donor's aid commitments announced in the year (sales and replenishments left out; a commitment counts once, for its lead donor), valued on the chosen basis, each amount converted to EUR at its value date, plus its pooled (PURL) shares not linked to a commitment.";

/** Under an edition basis: where the contributions come from. */
const editionContributionRule = (edition: string) =>
  `Contribution: the military allocations that edition ${edition} dates in the year (the donors' monthly figures, or the dated row-level activities), in EUR as published, for each donor the edition names (mapped to party codes); the ledger and the valuation bases play no part.`;

const benchmarkRules: readonly string[] = [
  "Ask: the share of GDP in target `ua-ask-0.25pct-gdp-2025` (Ukraine's ask of December 2025) × the donor's GDP of the year (World Bank, current USD; the latest earlier year when the year is missing, named with its edition), converted to EUR at the mean of the year's ECB USD reference rates.",
  "GDP share: the group's total contribution × the donor's GDP ÷ the group's combined GDP; the group is every donor in the report with a GDP figure.",
  "NATO path: the group's total contribution × the donor's NATO defence expenditure (current USD, NATO's table; the latest year on or before the report year) ÷ the group's combined defence expenditure; the group is every donor with a NATO figure. Non-NATO donors have none.",
  'Over or under: contribution − benchmark in EUR (negative: under), and contribution ÷ benchmark in percent (2 decimals, half to even). % of GDP has 3 decimals. Ranks order the donors with a GDP figure by % of GDP; `rank_range` gives the best and worst rank across the valuation bases.',
];

export const fairShareRules: readonly string[] = [ledgerContribution, ...benchmarkRules];

export const editionFairShareRules = (edition: string): readonly string[] => [
  editionContributionRule(edition),
  ...benchmarkRules,
];

export interface DonorContribution {
  donor: string;
  commitments: readonly ValuedCommitment[];
  /**
   * Amounts that need no valuation, EUR minor units: pooled shares not linked to a commitment,
   * or, under an edition basis, the edition's allocations.
   */
  fixed: bigint;
}

export interface IndicatorFigure {
  year: number;
  value: Ratio;
  edition: string;
}

export interface FairShareInput {
  year: number;
  basis: ValuationBasis;
  donors: readonly DonorContribution[];
  gdpUsd: ReadonlyMap<string, IndicatorFigure>;
  defenceUsd: ReadonlyMap<string, IndicatorFigure>;
  /** USD per EUR over the year: sum of the daily rates and their number. */
  usdRates: { sum: Ratio; count: number } | null;
  /** The ask as a percentage of GDP (0.25). */
  askPct: Ratio;
}

const cents = (r: Ratio) => roundRatio(r, 'half_even');

function contributionUnder(d: DonorContribution, basis: ValuationBasis): bigint {
  return d.commitments.reduce((s, c) => s + (valueUnder(c, basis).value ?? 0n), d.fixed);
}

/** Benchmarks of every donor for contributions on one basis (all in EUR minor units). */
function benchmarks(input: FairShareInput, contributions: ReadonlyMap<string, bigint>) {
  const share = (figures: ReadonlyMap<string, IndicatorFigure>) => {
    const group = input.donors.filter((d) => figures.has(d.donor));
    const total = group.reduce((s, d) => s + contributions.get(d.donor)!, 0n);
    // Σ of ratios as one ratio with a common denominator: each value is num/den.
    const den = group.reduce((l, d) => l * figures.get(d.donor)!.value.den, 1n);
    const combined = group.reduce((s, d) => {
      const v = figures.get(d.donor)!.value;
      return s + (v.num * den) / v.den;
    }, 0n);
    return (donor: string) => {
      const v = figures.get(donor);
      if (!v || combined === 0n) return null;
      return cents({ num: total * ((v.value.num * den) / v.value.den), den: combined });
    };
  };
  const gdpShare = share(input.gdpUsd);
  const natoShare = share(input.defenceUsd);
  const rates = input.usdRates;
  const ask = (donor: string) => {
    const gdp = input.gdpUsd.get(donor);
    if (!gdp || !rates || rates.count === 0) return null;
    // EUR cents = USD × count ÷ sum × 100; × ask % ÷ 100.
    return cents({
      num: gdp.value.num * BigInt(rates.count) * input.askPct.num * rates.sum.den,
      den: gdp.value.den * rates.sum.num * input.askPct.den,
    });
  };
  const pctGdp = (donor: string, contribution: bigint): Ratio | null => {
    const gdp = input.gdpUsd.get(donor);
    if (!gdp || !rates || rates.count === 0 || gdp.value.num === 0n) return null;
    // contribution (cents) ÷ GDP in EUR cents × 100 = contribution × sum ÷ (GDP × count).
    return {
      num: contribution * rates.sum.num * gdp.value.den,
      den: rates.sum.den * gdp.value.num * BigInt(rates.count),
    };
  };
  return { gdpShare, natoShare, ask, pctGdp };
}

function ranks(input: FairShareInput, contributions: ReadonlyMap<string, bigint>): Map<string, number> {
  const { pctGdp } = benchmarks(input, contributions);
  const ranked = input.donors
    .map((d) => ({ donor: d.donor, pct: pctGdp(d.donor, contributions.get(d.donor)!) }))
    .filter((d): d is { donor: string; pct: Ratio } => d.pct !== null)
    .sort((a, b) => {
      const diff = b.pct.num * a.pct.den - a.pct.num * b.pct.den;
      return diff > 0n ? 1 : diff < 0n ? -1 : a.donor.localeCompare(b.donor);
    });
  return new Map(ranked.map((d, i) => [d.donor, i + 1]));
}

export function shapeFairShare(input: FairShareInput, currency = 'EUR') {
  const money = (v: bigint) => figure(v, currency);
  const byBasis = new Map(
    valuationBases.map((b) => [b, new Map(input.donors.map((d) => [d.donor, contributionUnder(d, b)]))]),
  );
  const contributions = byBasis.get(input.basis)!;
  const { gdpShare, natoShare, ask, pctGdp } = benchmarks(input, contributions);
  const rankings = new Map(valuationBases.map((b) => [b, ranks(input, byBasis.get(b)!)]));
  const measure = (contribution: bigint, benchmark: bigint | null) =>
    benchmark === null
      ? null
      : {
          value: money(benchmark),
          over: money(contribution - benchmark),
          ratio_pct: benchmark > 0n ? formatRatio({ num: contribution * 100n, den: benchmark }, 2) : null,
        };
  const donors = input.donors.map((d) => {
    const contribution = contributions.get(d.donor)!;
    const estimated = d.commitments.reduce((s, c) => {
      const v = valueUnder(c, input.basis);
      return v.estimated && v.value !== null ? s + v.value : s;
    }, 0n);
    const pct = pctGdp(d.donor, contribution);
    const rankAcross = valuationBases
      .map((b) => rankings.get(b)!.get(d.donor))
      .filter((r) => r !== undefined);
    const gdp = input.gdpUsd.get(d.donor);
    const defence = input.defenceUsd.get(d.donor);
    return {
      donor: d.donor,
      contribution: money(contribution),
      estimated: money(estimated),
      range: estimated > 0n ? shapeRange(totalsByBasis(d.commitments), (v) => money(v + d.fixed)) : null,
      pct_gdp: pct === null ? null : formatRatio(pct, 3),
      rank: rankings.get(input.basis)!.get(d.donor) ?? null,
      rank_range: rankAcross.length
        ? { best: Math.min(...rankAcross), worst: Math.max(...rankAcross) }
        : null,
      gdp: gdp ? { year: gdp.year, edition: gdp.edition } : null,
      nato: defence ? { year: defence.year, edition: defence.edition } : null,
      ask: measure(contribution, ask(d.donor)),
      gdp_share: measure(contribution, gdpShare(d.donor)),
      nato_path: measure(contribution, natoShare(d.donor)),
    };
  });
  donors.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.donor.localeCompare(b.donor));
  const total = [...contributions.values()].reduce((s, v) => s + v, 0n);
  const editions = (m: ReadonlyMap<string, IndicatorFigure>) =>
    [...new Set([...m.values()].map((f) => f.edition))].sort();
  return {
    donors,
    total: money(total),
    gdp_editions: editions(input.gdpUsd),
    nato_editions: editions(input.defenceUsd),
    usd_per_eur:
      input.usdRates && input.usdRates.count > 0
        ? formatRatio(
            { num: input.usdRates.sum.num, den: input.usdRates.sum.den * BigInt(input.usdRates.count) },
            6,
          )
        : null,
  };
}
export type FairShareShape = ReturnType<typeof shapeFairShare>;
