/** Reads a requirements list at its current or any earlier edition, and compares two editions. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { diffEditions, type EditionDiff } from '../../domain/coordination/requirements-diff.ts';
import { AppError } from '../../domain/errors.ts';
import { requirementLists, type RequirementRow } from '../../store/repositories/requirements.ts';
import type { AppContext } from '../context.ts';
import type { RequirementListOutput, RequirementOutput } from './requirement.types.ts';

export const toRequirementView = (r: RequirementRow): RequirementOutput => ({
  key: r.key,
  capability: r.capability,
  equipment: r.equipment_id,
  category: r.category,
  quantity: r.quantity === null ? null : Number(r.quantity),
  unit: r.unit,
  priority: r.priority,
  needed_by: r.needed_by,
  status: r.status,
  notes: r.notes,
  visibility: r.visibility as RequirementOutput['visibility'],
});

export async function getRequirementList(
  ctx: AppContext,
  input: { id: string; edition?: number | undefined },
): Promise<RequirementListOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  const list = await requirementLists.get(ctx.db, input.id, ctx.actor);
  if (!list) throw new AppError('not_found', `no requirements list ${input.id}`);
  const edition = input.edition ?? list.current_edition;
  const header = await requirementLists.edition(ctx.db, input.id, edition);
  if (!header)
    throw new AppError(
      'not_found',
      `list ${input.id} has no edition ${edition} (latest ${list.current_edition})`,
    );
  const rows = await requirementLists.requirements(ctx.db, input.id, edition, ctx.actor);
  return {
    id: list.id,
    recipient: list.recipient,
    title: list.title,
    edition,
    current_edition: list.current_edition,
    issued_on: header.issued_on,
    note: header.note,
    sources: header.sources,
    visibility: list.visibility as RequirementListOutput['visibility'],
    owner_party: list.owner_party,
    requirements: rows.map(toRequirementView),
  };
}

export async function listRequirementLists(ctx: AppContext, recipient: string | null) {
  requirePermission(ctx.actor, 'ledger:read');
  const rows = await requirementLists.all(ctx.db, ctx.actor, recipient);
  return rows.map((l) => ({
    id: l.id,
    recipient: l.recipient,
    title: l.title,
    current_edition: l.current_edition,
    visibility: l.visibility,
    owner_party: l.owner_party,
  }));
}

export async function diffRequirementList(
  ctx: AppContext,
  input: { id: string; from: number; to?: number | undefined },
): Promise<EditionDiff<RequirementOutput> & { id: string; from: number; to: number }> {
  const after = await getRequirementList(ctx, { id: input.id, edition: input.to });
  const before = await getRequirementList(ctx, { id: input.id, edition: input.from });
  return {
    id: input.id,
    from: before.edition,
    to: after.edition,
    ...diffEditions(before.requirements, after.requirements),
  };
}
