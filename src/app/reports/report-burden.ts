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
import {
  kielFallbackNote,
  rangeAroundSums,
  shapeRange,
  valuationBases,
  type ValuationBasis,
} from '../../domain/reports/valuation.ts';
import type { AppContext } from '../context.ts';
import { conversionLines, summariseConversion } from '../../domain/money/conversion-summary.ts';
import { burdenRuleIds, conversionNotes, englishNote } from '../../domain/reports/report-notes.ts';
import {
  burdenRowsAndConversion,
  type BurdenRangeRow,
  type BurdenRow,
} from '../../store/reports/burden.sql.ts';
import { shapeStages } from '../../domain/reports/burden-stages.ts';
import { cachedReport } from './report-cache.ts';
import { indicators } from '../../store/repositories/indicators.ts';
import { burdenInput, type BurdenInput, type BurdenReport } from './report.types.ts';
import { kielWeaponsAsKnownOn, loadValuedCommitments } from './valued-commitments.ts';
import { kielWeaponCategories } from '../../store/valuation-files.ts';
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
  const knownOn = input.as_of ?? ctx.clock.now().toISOString().slice(0, 10);
  const kiel = await kielWeaponsAsKnownOn(ctx.db, knownOn);
  const query = {
    currency: input.currency,
    recipient: input.recipient,
    from: input.from,
    to: input.to,
    asOf: input.as_of,
    kiel: kiel && { seriesOf: kielWeaponCategories().seriesOf, weapons: kiel.weapons },
  };
  const found = await burdenRowsAndConversion(ctx.db, ctx.actor, query);
  const recordRows = found.rows.map(toSums);
  const conversion = summariseConversion(input.currency, found.conversion);
  const rows = input.valuation === 'record' ? recordRows : await onBasis(ctx, input, knownOn, recordRows);
  const parties = [...new Set(rows.map((r) => r.donor))];
  const [gdp, population] = await Promise.all([
    indicators.gdp(ctx.db, parties),
    indicators.latestPopulation(ctx.db, parties),
  ]);
  const { donors, totals } = shapeBurden(rows, input.currency, gdp, input.gdp_year, population);
  const stages = shapeStages(found.stages, input.currency);
  const ranges = valuationRanges(input.currency, recordRows, donors, found.ranges);
  // The Kiel edition behind the ranges and the basis, when some figure includes an estimate.
  const estimates = input.valuation !== 'record' || recordRows.some((r) => r.estimated !== 0n);
  const kielEdition = estimates ? (kiel?.edition ?? null) : null;
  const notes = [
    ...burdenNoteList(donors, input.gdp_year, totals.counts, population),
    ...(estimates && !kielEdition ? [kielFallbackNote(knownOn)] : []),
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
    kiel_edition: kielEdition,
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

/** The record-basis sums moved to the report's basis by the commitments it values otherwise. */
async function onBasis(
  ctx: AppContext,
  input: ReturnType<typeof burdenInput.parse>,
  knownOn: string,
  rows: DonorYearSums[],
): Promise<DonorYearSums[]> {
  const basis = input.valuation;
  const estimable = { ...scopeOf(input), estimableOnly: true };
  const values = await loadValuedCommitments(ctx.db, ctx.actor, estimable, knownOn, input.currency);
  const changed = values.commitments.filter((c) => changesOnBasis(c.valued, basis));
  if (!changed.length) return rows;
  const scope = { ...scopeOf(input), ids: changed.map((c) => c.row.id) };
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
 * valuation basis, around the record-basis committed value; `own`: per donor, the commitments
 * some basis values otherwise, summed on every basis (BurdenRangeRow).
 */
function valuationRanges(
  currency: string,
  recordRows: readonly DonorYearSums[],
  donors: readonly { donor: string; estimated: { amount_minor: string } }[],
  own: readonly BurdenRangeRow[],
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
  const byBasis = (r: BurdenRangeRow | undefined) =>
    Object.fromEntries(valuationBases.map((b) => [b, r ? BigInt(r[b]) : 0n])) as Record<
      ValuationBasis,
      bigint
    >;
  const byDonor = new Map(own.map((r) => [r.donor, byBasis(r)]));
  const allDonors = Object.fromEntries(
    valuationBases.map((b) => [b, [...byDonor.values()].reduce((s, v) => s + v[b], 0n)]),
  ) as Record<ValuationBasis, bigint>;
  const money = (v: bigint) => figure(v, currency);
  const committed = (donor: string) => sum(onRecord.get(donor) ?? [], (r) => r.committed);
  const ranged = new Map(
    estimated.map((d) => [
      d.donor,
      shapeRange(rangeAroundSums(committed(d.donor), byDonor.get(d.donor) ?? byBasis(undefined)), money),
    ]),
  );
  return {
    donor: (code: string) => ranged.get(code) ?? null,
    total: shapeRange(
      rangeAroundSums(
        sum(recordRows, (r) => r.committed),
        allDonors,
      ),
      money,
    ),
  };
}
