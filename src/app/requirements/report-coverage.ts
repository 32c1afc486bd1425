/**
 * Coverage of a requirements list: for each requirement, the quantity and value covered by the
 * linked commitments by pipeline state (pledged, contracted, delivered), the gap, and commitments
 * not yet linked that look like they answer it.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  computeCoverage,
  coverageBuckets,
  isUncovered,
  type CoveringPart,
} from '../../domain/coordination/coverage.ts';
import { formatMajor } from '../../domain/money/money.ts';
import { commitments, type CommitmentRow, type LineRow } from '../../store/repositories/commitments.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import { requirementLists, type LinkRow } from '../../store/repositories/requirements.ts';
import { toCommitmentView } from '../commitments/commitment-view.ts';
import type { CommitmentOutput } from '../commitments/commitment.types.ts';
import type { AppContext } from '../context.ts';
import { getRequirementList } from './get-requirement-list.ts';
import type { RequirementOutput } from './requirement.types.ts';
import { coverageRuleText, type CoverageRuleId } from '../../domain/reports/report-notes.ts';

const coverageRuleIds = Object.keys(coverageRuleText) as CoverageRuleId[];

const money = (byCurrency: Map<string, bigint>) =>
  [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ amount: formatMajor({ amount: minor, currency }), currency }));

function matches(r: RequirementOutput, line: LineRow, categories: Map<string, string>): boolean {
  if (r.equipment) return line.equipment_id === r.equipment;
  const category = line.category ?? (line.equipment_id ? categories.get(line.equipment_id) : undefined);
  return category === r.category;
}

/** How much of a commitment a link counts for this requirement. */
function coveringPart(
  r: RequirementOutput,
  link: LinkRow,
  view: CommitmentOutput,
  lines: readonly LineRow[],
  categories: Map<string, string>,
): CoveringPart {
  const relevant = link.line_no
    ? lines.filter((l) => l.line_no === link.line_no)
    : lines.filter((l) => matches(r, l, categories));
  const items = view.items.filter((i) => relevant.some((l) => l.line_no === i.line));
  const lineQuantity =
    items.length && items.every((i) => i.quantity !== null)
      ? items.reduce((sum, i) => sum + BigInt(i.quantity!), 0n)
      : null;
  const quantity = link.quantity ?? lineQuantity;
  const delivered = items.reduce((sum, i) => sum + BigInt(i.delivered), 0n);
  // Money is counted only when the whole commitment answers this requirement: never split a sum.
  const whole = !link.line_no && relevant.length === lines.length;
  return {
    commitmentId: view.id,
    status: view.state.status,
    quantity,
    delivered: quantity === null ? 0n : delivered,
    money:
      whole && view.money?.amount_minor
        ? { minor: BigInt(view.money.amount_minor), currency: view.money.currency }
        : null,
  };
}

export interface CoverageInput {
  list: string;
  edition?: number | undefined;
  as_of?: string | null | undefined;
}

export async function reportCoverage(ctx: AppContext, input: CoverageInput) {
  requirePermission(ctx.actor, 'reports:read');
  const list = await getRequirementList(ctx, { id: input.list, edition: input.edition });
  const asOf = input.as_of ?? null;
  const rows = await commitments.search(
    ctx.db,
    { recipient: list.recipient, sort: 'id', ...(asOf ? { asOf } : {}) },
    ctx.actor,
  );
  const ids = rows.map((r) => r.id);
  const [lines, events, links, categoryRows] = await Promise.all([
    commitments.lines(ctx.db, ids),
    commitments.events(ctx.db, ids),
    requirementLists.links(ctx.db, list.id),
    equipment.catalogue(ctx.db),
  ]);
  const categories = new Map(categoryRows.map((e) => [e.id, e.category]));
  const views = new Map<string, { row: CommitmentRow; view: CommitmentOutput }>(
    rows.map((row) => [
      row.id,
      { row, view: toCommitmentView(row, lines.get(row.id) ?? [], events.get(row.id) ?? [], [], asOf) },
    ]),
  );

  const requirements = list.requirements.map((r) => {
    const own = links.filter((l) => l.key === r.key && views.has(l.commitment_id));
    const parts = own.map((l) =>
      coveringPart(r, l, views.get(l.commitment_id)!.view, lines.get(l.commitment_id) ?? [], categories),
    );
    const coverage = computeCoverage(r.quantity === null ? null : BigInt(r.quantity), parts);
    return {
      ...r,
      covered: Object.fromEntries(coverageBuckets.map((b) => [b, Number(coverage.quantity[b])])) as Record<
        (typeof coverageBuckets)[number],
        number
      >,
      value: Object.fromEntries(coverageBuckets.map((b) => [b, money(coverage.value[b])])) as Record<
        (typeof coverageBuckets)[number],
        { amount: string; currency: string }[]
      >,
      unquantified_links: coverage.unquantified,
      gap: coverage.gap === null ? null : Number(coverage.gap),
      percent: coverage.percent,
      uncovered: isUncovered(r.status, coverage),
      commitments: parts.map((p) => {
        const { view } = views.get(p.commitmentId)!;
        return {
          id: p.commitmentId,
          donor: view.donor,
          status: p.status,
          quantity: p.quantity === null ? null : Number(p.quantity),
          delivered: Number(p.delivered),
          money: p.money
            ? {
                amount: formatMajor({ amount: p.money.minor, currency: p.money.currency }),
                currency: p.money.currency,
              }
            : null,
        };
      }),
    };
  });

  const linked = new Set(links.map((l) => l.commitment_id));
  const suggestions = requirements
    .filter((r) => r.uncovered)
    .flatMap((r) =>
      [...views.values()]
        .filter(({ row, view }) => !linked.has(row.id) && view.state.status !== 'cancelled' && view.is_aid)
        .filter(({ row }) => (lines.get(row.id) ?? []).some((l) => matches(r, l, categories)))
        .map(({ row, view }) => ({
          key: r.key,
          commitment: row.id,
          donor: row.donor,
          status: view.state.status,
          announced_on: row.announced_on,
          // By id with its parameter, for clients that word it; in English for the others.
          reason_id: r.equipment ? ('same-equipment' as const) : ('same-category' as const),
          reason_params: (r.equipment
            ? { equipment: r.equipment }
            : { category: r.category ?? '' }) as Record<string, string>,
          reason: r.equipment ? `a line of ${r.equipment}` : `a line in category ${r.category}`,
        })),
    );

  return {
    list: { id: list.id, title: list.title, recipient: list.recipient, edition: list.edition },
    as_of: asOf,
    rules: coverageRuleIds.map((id) => coverageRuleText[id]),
    rule_ids: coverageRuleIds,
    requirements,
    suggestions,
  };
}
export type CoverageReport = Awaited<ReturnType<typeof reportCoverage>>;
