/** The fair-share meter: each donor's contribution in a year against its benchmarks. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { summariseConversion, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import { parseDecimal } from '../../domain/money/decimal.ts';
import {
  editionFairShareRules,
  fairShareRules,
  shapeFairShare,
  type DonorContribution,
  type IndicatorFigure,
} from '../../domain/reports/fair-share.ts';
import { valuationRules, type ValuedCommitment } from '../../domain/reports/valuation.ts';
import { editionReports, type ReportEdition } from '../../store/repositories/edition-reports.ts';
import { fairShareInputs, type IndicatorFigureRow } from '../../store/repositories/fair-share.ts';
import { valuations } from '../../store/repositories/valuations.ts';
import type { AppContext } from '../context.ts';
import {
  EDITION_PREFIX,
  fairShareInput,
  type FairShareInput,
  type FairShareReport,
} from './fair-share.types.ts';
import { loadValuedCommitments } from './valued-commitments.ts';
import { cachedReport } from './report-cache.ts';
import { reportNotes, type ReportNote, type WordedNoteId } from '../../domain/reports/report-notes.ts';

export const ASK_TARGET = 'ua-ask-0.25pct-gdp-2025';

const figures = (rows: readonly IndicatorFigureRow[]) =>
  new Map<string, IndicatorFigure>(
    rows.map((r) => [
      r.party_code,
      { year: r.year, value: parseDecimal(r.value, 'indicator'), edition: r.edition },
    ]),
  );

interface Contributions {
  donors: DonorContribution[];
  conversion: ConversionSummary;
  edition: ReportEdition | null;
  kielEdition: ReportEdition | null;
  rules: readonly string[];
  notes: ReportNote<WordedNoteId>[];
}

/** The ledger's aid commitments of the year, valued on `valuation`, plus unlinked pooled shares. */
async function ledgerContributions(ctx: AppContext, year: number): Promise<Contributions> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const scope = { year, recipient: 'UA', asOf: null };
  const [{ commitments, kielEdition, notes }, shares, audit] = await Promise.all([
    loadValuedCommitments(ctx.db, ctx.actor, scope, today),
    valuations.packageShares(ctx.db, ctx.actor, year, null),
    valuations.conversionAudit(ctx.db, ctx.actor, scope, year),
  ]);
  const byDonor = new Map<string, { donor: string; commitments: ValuedCommitment[]; fixed: bigint }>();
  const entry = (donor: string) => {
    const e = byDonor.get(donor) ?? { donor, commitments: [], fixed: 0n };
    byDonor.set(donor, e);
    return e;
  };
  for (const c of commitments) entry(c.row.donor).commitments.push(c.valued);
  for (const s of shares) if (s.value_eur !== null) entry(s.donor).fixed += BigInt(s.value_eur);
  return {
    donors: [...byDonor.keys()].sort().map((d) => byDonor.get(d)!),
    conversion: summariseConversion('EUR', audit),
    edition: null,
    kielEdition,
    rules: [...fairShareRules, ...valuationRules],
    notes,
  };
}

/** An edition's military allocations dated in the year, per donor it names. */
async function editionContributions(ctx: AppContext, id: string, year: number): Promise<Contributions> {
  const edition = await editionReports.edition(ctx.db, id);
  if (!edition) {
    const ids = await editionReports.editionIds(ctx.db);
    throw new AppError(
      'not_found',
      `no edition ${id}: the basis is ledger or an imported edition (${ids.join(', ') || 'none imported: ramstein editions import'})`,
    );
  }
  const found = await editionReports.militaryAllocations(ctx.db, id, year);
  if (!found.dated)
    throw new AppError(
      'invalid_input',
      `edition ${id} gives no military allocation by date (only totals over the whole release), so it has no contribution for ${year}: choose an edition with monthly figures or dated activities`,
    );
  const notes: ReportNote<WordedNoteId>[] = [];
  const of = { edition: id, year: String(year) };
  if (!found.rows.length) notes.push({ id: 'edition-no-allocation', params: of });
  if (edition.cut_off && edition.cut_off < `${year}-12-31`)
    notes.push({ id: 'edition-cut-off', params: { ...of, date: edition.cut_off } });
  if (found.undatedActivities)
    notes.push({ id: 'edition-undated', params: { edition: id, count: found.undatedActivities } });
  notes.push({ id: 'source', params: { attribution: edition.attribution } });
  return {
    donors: found.rows.map((r) => ({ donor: r.party_code, commitments: [], fixed: BigInt(r.amount_minor) })),
    // The edition's figures are in EUR already: nothing to convert.
    conversion: summariseConversion('EUR', []),
    edition,
    kielEdition: null,
    rules: editionFairShareRules(id),
    notes,
  };
}

export async function reportFairShare(ctx: AppContext, raw: FairShareInput = {}): Promise<FairShareReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = fairShareInput.parse(raw);
  return cachedReport(ctx, 'fair-share', input, () => computeFairShare(ctx, input));
}

async function computeFairShare(
  ctx: AppContext,
  input: ReturnType<typeof fairShareInput.parse>,
): Promise<FairShareReport> {
  const year = input.year ?? ctx.clock.now().getUTCFullYear() - 1;
  const basis = input.basis.startsWith(EDITION_PREFIX)
    ? input.basis.slice(EDITION_PREFIX.length)
    : input.basis;
  const target = await fairShareInputs.target(ctx.db, ASK_TARGET);
  if (!target)
    throw new AppError('not_found', `the benchmark target ${ASK_TARGET} is not loaded; import data/demo`);
  const contributions =
    basis === 'ledger' ? await ledgerContributions(ctx, year) : await editionContributions(ctx, basis, year);
  const parties = contributions.donors.map((d) => d.donor);
  const [gdp, defence, rates] = await Promise.all([
    fairShareInputs.latestIndicator(ctx.db, 'gdp_usd', parties, year),
    fairShareInputs.latestIndicator(ctx.db, 'defence_expenditure_usd_m', parties, year),
    fairShareInputs.usdRates(ctx.db, year),
  ]);
  const shaped = shapeFairShare({
    year,
    basis: input.valuation,
    donors: contributions.donors,
    gdpUsd: figures(gdp),
    defenceUsd: figures(defence),
    usdRates: rates.sum === null ? null : { sum: parseDecimal(rates.sum, 'rate'), count: rates.count },
    askPct: parseDecimal(target.value, 'target'),
  });
  const notes = [...contributions.notes];
  const older = gdp.filter((g) => g.year !== year).map((g) => `${g.party_code} ${g.year}`);
  const noGdp = parties.filter((p) => !gdp.some((g) => g.party_code === p));
  const after: ReportNote<WordedNoteId>[] = [];
  if (older.length) after.push({ id: 'gdp-earlier-year', params: { party_years: older } });
  if (noGdp.length) after.push({ id: 'no-gdp-benchmark', params: { parties: noGdp } });
  if (rates.count === 0) after.push({ id: 'no-usd-rate', params: { year: String(year) } });
  // The contribution's notes, its exchange rates, then the benchmarks' notes.
  const worded = reportNotes(notes, contributions.conversion);
  const benchmarks = reportNotes(after, null);
  return {
    year,
    basis,
    edition: contributions.edition,
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
    kiel_edition: contributions.kielEdition,
    conversion: contributions.conversion,
    rules: [...contributions.rules],
    notes: [...worded.notes, ...benchmarks.notes],
    note_ids: [...worded.note_ids, ...benchmarks.note_ids],
  };
}
