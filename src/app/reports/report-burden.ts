/** Burden sharing per donor: committed and delivered value, share of the total, % of GDP. */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  burdenNoteList,
  burdenRules,
  figure,
  shapeBurden,
  type DonorYearSums,
} from '../../domain/reports/burden.ts';
import { groupBy } from '../../domain/group-by.ts';
import { rangeAround, shapeRange } from '../../domain/reports/valuation.ts';
import type { AppContext } from '../context.ts';
import { conversionLines, summariseConversion } from '../../domain/money/conversion-summary.ts';
import { burdenRuleIds, conversionNotes, englishNote } from '../../domain/reports/report-notes.ts';
import { burdenRowsAndConversion, type BurdenRow } from '../../store/reports/burden.sql.ts';
import { shapeStages } from '../../domain/reports/burden-stages.ts';
import { cachedReport } from './report-cache.ts';
import { indicators } from '../../store/repositories/indicators.ts';
import { burdenInput, type BurdenInput, type BurdenReport } from './report.types.ts';
import { loadValuedCommitments, type ScopedCommitment } from './valued-commitments.ts';
import { changesOnBasis, sumsOnBasis } from '../../domain/reports/burden-basis.ts';
import { commitmentProgress } from '../../store/reports/progress.sql.ts';

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
  const recordRows = found.rows.map(toSums);
  const conversion = summariseConversion(input.currency, found.conversion);
  const values = await commitmentValues(ctx, input, recordRows);
  const rows = values ? await onBasis(ctx, input, recordRows, values) : recordRows;
  const parties = [...new Set(rows.map((r) => r.donor))];
  const gdp = await indicators.gdp(ctx.db, parties);
  const population = await indicators.latestPopulation(ctx.db, parties);
  const { donors, totals } = shapeBurden(rows, input.currency, gdp, input.gdp_year, population);
  const stages = shapeStages(found.stages, input.currency);
  const ranges = valuationRanges(input.currency, recordRows, donors, values?.commitments ?? []);
  const notes = [
    ...burdenNoteList(donors, input.gdp_year, totals.counts, population),
    ...(values?.notes ?? []),
  ];
  return {
    currency: input.currency,
    recipient: input.recipient,
    from: input.from,
    to: input.to,
    as_of: input.as_of,
    gdp_year: input.gdp_year,
    valuation: input.valuation,
    donors: donors.map((d) => ({ ...d, range: ranges.donor(d.donor) })),
    totals: { ...totals, range: ranges.total },
    stages,
    kiel_edition: values?.kielEdition ?? null,
    conversion,
    rules: [...burdenRules],
    rule_ids: burdenRuleIds,
    notes: [...notes.map(englishNote), ...conversionLines(conversion)],
    note_ids: [...notes, ...conversionNotes(conversion)],
  };
}

const scopeOf = (input: ReturnType<typeof burdenInput.parse>) => ({
  recipient: input.recipient,
  from: input.from,
  to: input.to,
  asOf: input.as_of,
});

/**
 * The values on every basis, in the report currency, of the commitments some basis values
 * otherwise than `record`: loaded when the report is on another basis than `record`, or when
 * some total includes an estimate (for its range).
 */
async function commitmentValues(
  ctx: AppContext,
  input: ReturnType<typeof burdenInput.parse>,
  rows: readonly DonorYearSums[],
) {
  if (input.valuation === 'record' && rows.every((r) => r.estimated === 0n)) return null;
  const knownOn = input.as_of ?? ctx.clock.now().toISOString().slice(0, 10);
  const scope = { ...scopeOf(input), estimableOnly: true };
  return loadValuedCommitments(ctx.db, ctx.actor, scope, knownOn, input.currency);
}

/** The record-basis sums moved to the report's basis by the commitments it values otherwise. */
async function onBasis(
  ctx: AppContext,
  input: ReturnType<typeof burdenInput.parse>,
  rows: DonorYearSums[],
  values: Awaited<ReturnType<typeof loadValuedCommitments>>,
): Promise<DonorYearSums[]> {
  const basis = input.valuation;
  const changed = values.commitments.filter((c) => changesOnBasis(c.valued, basis));
  if (!changed.length) return rows;
  const scope = { ...scopeOf(input), ids: changed.map((c) => c.row.id) };
  const knownOn = input.as_of ?? ctx.clock.now().toISOString().slice(0, 10);
  const [progress, usd] = await Promise.all([
    commitmentProgress(ctx.db, ctx.actor, scope, false),
    input.currency === 'USD' ? null : loadValuedCommitments(ctx.db, ctx.actor, scope, knownOn, 'USD'),
  ]);
  const shareOf = new Map(
    progress.map((p) => [p.id, { num: BigInt(p.share_num), den: BigInt(p.share_den) }]),
  );
  const usdOf = new Map(usd?.commitments.map((c) => [c.row.id, c.valued]));
  return sumsOnBasis(
    rows,
    changed.map((c) => ({
      donor: c.row.donor,
      year: c.row.year,
      valued: c.valued,
      valuedUsd: usd ? usdOf.get(c.row.id)! : c.valued,
      share: shareOf.get(c.row.id)!,
    })),
    basis,
  );
}

/**
 * The committed values that include estimates (on `record` or on the report's basis), on every
 * valuation basis, around the record-basis committed value.
 */
function valuationRanges(
  currency: string,
  recordRows: readonly DonorYearSums[],
  donors: readonly { donor: string; estimated: { amount_minor: string } }[],
  commitments: readonly ScopedCommitment[],
) {
  const onRecord = groupBy(
    recordRows,
    (r) => r.donor,
    (r) => r,
  );
  const sum = (list: readonly DonorYearSums[], pick: (r: DonorYearSums) => bigint) =>
    list.reduce((s, r) => s + pick(r), 0n);
  const estimated = donors.filter(
    (d) => d.estimated.amount_minor !== '0' || sum(onRecord.get(d.donor) ?? [], (r) => r.estimated) !== 0n,
  );
  if (!estimated.length) return { donor: () => null, total: null };
  const byDonor = groupBy(
    commitments,
    (c) => c.row.donor,
    (c) => c.valued,
  );
  const money = (v: bigint) => figure(v, currency);
  const committed = (donor: string) => sum(onRecord.get(donor) ?? [], (r) => r.committed);
  const ranged = new Map(
    estimated.map((d) => [
      d.donor,
      shapeRange(rangeAround(committed(d.donor), byDonor.get(d.donor) ?? []), money),
    ]),
  );
  return {
    donor: (code: string) => ranged.get(code) ?? null,
    total: shapeRange(
      rangeAround(
        sum(recordRows, (r) => r.committed),
        commitments.map((c) => c.valued),
      ),
      money,
    ),
  };
}
