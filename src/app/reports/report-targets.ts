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
import { reportNotes, type ReportNote, type WordedNoteId } from '../../domain/reports/report-notes.ts';

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
  const of = String(year);
  const notes: ReportNote<WordedNoteId>[] = [
    { id: 'targets-core-only', params: {} },
    { id: 'targets-deadlines', params: { year: String(lines[2]?.deadline_year ?? 2035) } },
  ];
  if (edition === null) notes.push({ id: 'targets-no-primary', params: { year: of } });
  if (editions.length > 1)
    notes.push({ id: 'targets-other-editions', params: { year: of, editions: editions.slice(0, -1) } });
  const estimated = shaped.allies.filter((a) => a.estimate).length;
  if (estimated) notes.push({ id: 'targets-estimates', params: { count: estimated, year: of } });
  if (input.include_secondary && shaped.secondaryCounts) notes.push({ id: 'targets-secondary', params: {} });
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
    ...reportNotes(notes, null),
  };
}
