/** Burden sharing per donor: committed and delivered value, share of the total, % of GDP. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { burdenNotes, burdenRules, shapeBurden, type DonorYearSums } from '../../domain/reports/burden.ts';
import type { AppContext } from '../context.ts';
import { burdenRows, type BurdenRow } from '../../store/reports/burden.sql.ts';
import { cachedReport } from './report-cache.ts';
import { indicators } from '../../store/repositories/indicators.ts';
import { burdenInput, type BurdenInput, type BurdenReport } from './report.types.ts';

const minor = (text: string | null) => (text === null ? 0n : BigInt(text));

function toSums(row: BurdenRow): DonorYearSums {
  return {
    donor: row.donor,
    year: row.year,
    committed: minor(row.committed),
    delivered: minor(row.delivered),
    committedUsd: minor(row.committed_usd),
    estimated: minor(row.estimated),
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
  const rows = (
    await burdenRows(ctx.db, ctx.actor, {
      currency: input.currency,
      recipient: input.recipient,
      from: input.from,
      to: input.to,
      asOf: input.as_of,
    })
  ).map(toSums);
  const parties = [...new Set(rows.map((r) => r.donor))];
  const gdp = await indicators.gdp(ctx.db, parties);
  const population = await indicators.latestPopulation(ctx.db, parties);
  const { donors, totals } = shapeBurden(rows, input.currency, gdp, input.gdp_year, population);
  return {
    currency: input.currency,
    recipient: input.recipient,
    from: input.from,
    to: input.to,
    as_of: input.as_of,
    gdp_year: input.gdp_year,
    donors,
    totals,
    rules: [...burdenRules],
    notes: burdenNotes(donors, input.gdp_year, totals.counts, population),
  };
}
