/** Burden sharing per donor: committed and delivered value, share of the total, % of GDP. */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  burdenNotes,
  burdenRules,
  figure,
  shapeBurden,
  type DonorYearSums,
} from '../../domain/reports/burden.ts';
import { groupBy } from '../../domain/group-by.ts';
import { rangeAround, shapeRange } from '../../domain/reports/valuation.ts';
import type { AppContext } from '../context.ts';
import { conversionLines, summariseConversion } from '../../domain/money/conversion-summary.ts';
import { burdenRowsAndConversion, type BurdenRow } from '../../store/reports/burden.sql.ts';
import { burdenStagesRule, shapeStages } from '../../domain/reports/burden-stages.ts';
import { cachedReport } from './report-cache.ts';
import { indicators } from '../../store/repositories/indicators.ts';
import { burdenInput, type BurdenInput, type BurdenReport } from './report.types.ts';
import { loadValuedCommitments } from './valued-commitments.ts';

const minor = (text: string | null) => (text === null ? 0n : BigInt(text));

function toSums(row: BurdenRow): DonorYearSums {
  return {
    donor: row.donor,
    year: row.year,
    committed: minor(row.committed),
    delivered: minor(row.delivered),
    committedUsd: minor(row.committed_usd),
    estimated: minor(row.estimated),
    deliveredEstimated: minor(row.delivered_estimated),
    counts: {
      recorded: Number(row.recorded_count),
      estimated: Number(row.estimated_count),
      package_shares: Number(row.package_share_count),
      vague: Number(row.vague_count),
      unvalued: Number(row.unvalued_count),
      unconvertible: Number(row.unconvertible_count),
    },
    coDonorCount: Number(row.co_donor_count),
  };
}

export async function reportBurden(ctx: AppContext, raw: BurdenInput = {}): Promise<BurdenReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = burdenInput.parse(raw);
  return cachedReport(ctx, 'burden', input, () => computeBurden(ctx, input));
}

async function computeBurden(
  ctx: AppContext,
  input: ReturnType<typeof burdenInput.parse>,
): Promise<BurdenReport> {
  const query = {
    currency: input.currency,
    recipient: input.recipient,
    from: input.from,
    to: input.to,
    asOf: input.as_of,
  };
  const found = await burdenRowsAndConversion(ctx.db, ctx.actor, query);
  const rows = found.rows.map(toSums);
  const conversion = summariseConversion(input.currency, found.conversion);
  const parties = [...new Set(rows.map((r) => r.donor))];
  const gdp = await indicators.gdp(ctx.db, parties);
  const population = await indicators.latestPopulation(ctx.db, parties);
  const { donors, totals } = shapeBurden(rows, input.currency, gdp, input.gdp_year, population);
  const stages = shapeStages(found.stages, input.currency);
  const ranges = await valuationRanges(ctx, input, donors);
  return {
    currency: input.currency,
    recipient: input.recipient,
    from: input.from,
    to: input.to,
    as_of: input.as_of,
    gdp_year: input.gdp_year,
    donors: donors.map((d) => ({ ...d, range: ranges.donor(d.donor) })),
    totals: { ...totals, range: ranges.total },
    stages,
    kiel_edition: ranges.kielEdition,
    conversion,
    rules: [...burdenRules, burdenStagesRule, burdenRangeRule],
    notes: [
      ...burdenNotes(donors, input.gdp_year, totals.counts, population),
      ...ranges.notes,
      ...conversionLines(conversion),
    ],
  };
}

const burdenRangeRule =
  '`range`: where a committed value includes estimates, that value on every valuation basis (docs/reports.md, "Valuation basis"): the committed value plus, for each basis, the difference between its commitments valued on that basis and on `record`.';

/**
 * The committed values that include estimates, on every valuation basis. Loads the commitments'
 * values only when some total includes an estimate.
 */
async function valuationRanges(
  ctx: AppContext,
  input: ReturnType<typeof burdenInput.parse>,
  donors: readonly {
    donor: string;
    committed: { amount_minor: string };
    estimated: { amount_minor: string };
  }[],
) {
  const estimated = donors.filter((d) => d.estimated.amount_minor !== '0');
  if (!estimated.length) return { donor: () => null, total: null, kielEdition: null, notes: [] as string[] };
  const knownOn = input.as_of ?? ctx.clock.now().toISOString().slice(0, 10);
  const { commitments, kielEdition, notes } = await loadValuedCommitments(
    ctx.db,
    ctx.actor,
    {
      recipient: input.recipient,
      from: input.from,
      to: input.to,
      asOf: input.as_of,
      estimableOnly: true,
    },
    knownOn,
    input.currency,
  );
  const byDonor = groupBy(
    commitments,
    (c) => c.row.donor,
    (c) => c.valued,
  );
  const money = (v: bigint) => figure(v, input.currency);
  const committed = (d: { committed: { amount_minor: string } }) => BigInt(d.committed.amount_minor);
  const ranged = new Map(
    estimated.map((d) => [d.donor, shapeRange(rangeAround(committed(d), byDonor.get(d.donor) ?? []), money)]),
  );
  const all = donors.reduce((s, d) => s + committed(d), 0n);
  return {
    donor: (code: string) => ranged.get(code) ?? null,
    total: shapeRange(
      rangeAround(
        all,
        commitments.map((c) => c.valued),
      ),
      money,
    ),
    kielEdition,
    notes,
  };
}
