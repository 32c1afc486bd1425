/** The fair-share meter: each donor's contribution in a year against its benchmarks. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { parseDecimal } from '../../domain/money/decimal.ts';
import { fairShareRules, shapeFairShare, type IndicatorFigure } from '../../domain/reports/fair-share.ts';
import { valuationRules, type ValuedCommitment } from '../../domain/reports/valuation.ts';
import { fairShareInputs, type IndicatorFigureRow } from '../../store/repositories/fair-share.ts';
import { valuations } from '../../store/repositories/valuations.ts';
import type { AppContext } from '../context.ts';
import { fairShareInput, type FairShareInput, type FairShareReport } from './fair-share.types.ts';
import { loadValuedCommitments } from './valued-commitments.ts';

export const ASK_TARGET = 'ua-ask-0.25pct-gdp-2025';

const figures = (rows: readonly IndicatorFigureRow[]) =>
  new Map<string, IndicatorFigure>(
    rows.map((r) => [
      r.party_code,
      { year: r.year, value: parseDecimal(r.value, 'indicator'), edition: r.edition },
    ]),
  );

export async function reportFairShare(ctx: AppContext, raw: FairShareInput = {}): Promise<FairShareReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = fairShareInput.parse(raw);
  const year = input.year ?? ctx.clock.now().getUTCFullYear() - 1;
  const target = await fairShareInputs.target(ctx.db, ASK_TARGET);
  if (!target)
    throw new AppError('not_found', `the benchmark target ${ASK_TARGET} is not loaded; import data/demo`);
  const { commitments, kielEdition } = await loadValuedCommitments(ctx.db, ctx.actor, {
    year,
    recipient: 'UA',
    asOf: null,
  });
  const shares = await valuations.packageShares(ctx.db, ctx.actor, year, null);
  const byDonor = new Map<string, { commitments: ValuedCommitment[]; packageShares: bigint }>();
  const entry = (donor: string) => {
    const e = byDonor.get(donor) ?? { commitments: [], packageShares: 0n };
    byDonor.set(donor, e);
    return e;
  };
  for (const c of commitments) entry(c.row.donor).commitments.push(c.valued);
  let unconvertible = 0;
  for (const s of shares) {
    if (s.value_eur === null) unconvertible++;
    else entry(s.donor).packageShares += BigInt(s.value_eur);
  }
  const parties = [...byDonor.keys()].sort();
  const [gdp, defence, rates] = await Promise.all([
    fairShareInputs.latestIndicator(ctx.db, 'gdp_usd', parties, year),
    fairShareInputs.latestIndicator(ctx.db, 'defence_expenditure_usd_m', parties, year),
    fairShareInputs.usdRates(ctx.db, year),
  ]);
  const shaped = shapeFairShare({
    year,
    basis: input.valuation,
    donors: parties.map((donor) => ({ donor, ...byDonor.get(donor)! })),
    gdpUsd: figures(gdp),
    defenceUsd: figures(defence),
    usdRates: rates.sum === null ? null : { sum: parseDecimal(rates.sum, 'rate'), count: rates.count },
    askPct: parseDecimal(target.value, 'target'),
  });
  const notes: string[] = [];
  const older = gdp.filter((g) => g.year !== year).map((g) => `${g.party_code} ${g.year}`);
  if (older.length) notes.push(`GDP of an earlier year for: ${older.join(', ')}.`);
  const noGdp = parties.filter((p) => !gdp.some((g) => g.party_code === p));
  if (noGdp.length) notes.push(`No GDP figure, so no benchmark and no rank: ${noGdp.join(', ')}.`);
  if (unconvertible)
    notes.push(`${unconvertible} pooled share(s) without an ECB rate near their date are left out.`);
  if (rates.count === 0) notes.push(`No ECB USD rate in ${year}: the ask cannot be converted to EUR.`);
  return {
    year,
    basis: input.basis,
    valuation: input.valuation,
    currency: 'EUR',
    benchmark: {
      id: target.id,
      name: target.name,
      pct_gdp: target.value,
      agreed_at: target.agreed_at,
      agreed_on: target.agreed_on,
      sources: target.sources,
    },
    ...shaped,
    kiel_edition: kielEdition,
    rules: [...fairShareRules, ...valuationRules],
    notes,
  };
}
