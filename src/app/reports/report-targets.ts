/** NATO members' defence expenditure against 2 %, 3.5 % and 5 % of GDP for one year. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { formatRatio, parseDecimal } from '../../domain/money/decimal.ts';
import {
  shapeTargets,
  targetsRules,
  type IndicatorFigure,
  type SpendingLine,
} from '../../domain/reports/targets.ts';
import type { AppContext } from '../context.ts';
import { cachedReport } from './report-cache.ts';
import {
  HAGUE,
  HAGUE_CORE,
  latestPrimaryYear,
  loadSpending,
  loadTargets,
  SPENDING_INDICATOR,
  TWO_PERCENT,
  type IndicatorRow,
} from '../../store/reports/targets.sql.ts';
import { targetsInput, type TargetsInput, type TargetsReport } from './targets.types.ts';

const pct = (value: string | number) => formatRatio(parseDecimal(String(value), 'target'), 2);

async function spendingLines(ctx: AppContext): Promise<SpendingLine[]> {
  const rows = new Map((await loadTargets(ctx.db)).map((r) => [r.id, r]));
  const two = rows.get(TWO_PERCENT);
  const hague = rows.get(HAGUE);
  const core = hague?.components.find((c) => c.id === HAGUE_CORE);
  if (!two || !hague || !core)
    throw new AppError(
      'not_found',
      `the spending targets ${TWO_PERCENT} and ${HAGUE} (with its ${HAGUE_CORE} component) are not loaded; import data/demo`,
    );
  return [
    {
      id: two.id,
      target_id: two.id,
      component: null,
      name: two.name,
      value: pct(two.value),
      deadline_year: two.deadline_year,
    },
    {
      id: `${hague.id}/${core.id}`,
      target_id: hague.id,
      component: core.id,
      name: core.description ?? 'Core defence',
      value: pct(core.value),
      deadline_year: hague.deadline_year,
    },
    {
      id: hague.id,
      target_id: hague.id,
      component: null,
      name: hague.name,
      value: pct(hague.value),
      deadline_year: hague.deadline_year,
    },
  ];
}

const toFigure = (r: IndicatorRow): IndicatorFigure => ({
  party: r.party_code,
  year: r.year,
  value: r.value,
  edition: r.edition,
  source: r.source,
  estimate: r.is_estimate,
});

export async function reportTargets(ctx: AppContext, raw: TargetsInput = {}): Promise<TargetsReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = targetsInput.parse(raw);
  return cachedReport(ctx, 'targets', input, () => computeTargets(ctx, input));
}

async function computeTargets(
  ctx: AppContext,
  input: ReturnType<typeof targetsInput.parse>,
): Promise<TargetsReport> {
  const lines = await spendingLines(ctx);
  const year = input.year ?? (await latestPrimaryYear(ctx.db));
  if (year === null) throw new AppError('not_found', 'no NATO defence expenditure figures are loaded');
  const rows = await loadSpending(ctx.db, year, input.include_secondary);
  const primaryRows = rows.filter((r) => r.quality === 'primary');
  // One edition only: editions are never mixed. The latest by name, "(2014-2025)" after "(2014-2024)".
  const editions = [...new Set(primaryRows.map((r) => r.edition))].sort();
  const edition = editions.at(-1) ?? null;
  const kinds = new Map(rows.map((r) => [r.party_code, r.kind]));
  const shaped = shapeTargets(
    lines,
    primaryRows.filter((r) => r.edition === edition).map(toFigure),
    input.include_secondary ? rows.filter((r) => r.quality === 'secondary').map(toFigure) : null,
    (party) => kinds.get(party) === 'state',
  );
  const notes = [
    "The 5 % line is compared with core defence expenditure alone: the 1.5 % of defence- and security-related spending it also counts is not in NATO's defence expenditure table, so the gap to 5 % is at most what it shows.",
    `The 2 % line was to be reached within a decade of 2014; the 3.5 % and 5 % lines by ${lines[2]?.deadline_year ?? 2035}.`,
  ];
  if (edition === null) notes.push(`No primary figures for ${year}.`);
  if (editions.length > 1)
    notes.push(`Other editions for ${year} are left out: ${editions.slice(0, -1).join('; ')}.`);
  const estimated = shaped.allies.filter((a) => a.estimate).length;
  if (estimated) notes.push(`${estimated} ally figure(s) for ${year} are NATO estimates.`);
  if (input.include_secondary && shaped.secondaryCounts)
    notes.push(
      'Secondary figures are press reports of a NATO edition not loaded here; they are flagged and counted apart.',
    );
  return {
    year,
    indicator: SPENDING_INDICATOR,
    edition,
    lines,
    allies: shaped.allies,
    aggregates: shaped.aggregates,
    counts: shaped.counts,
    secondary_counts: shaped.secondaryCounts,
    rules: [...targetsRules],
    notes,
  };
}
