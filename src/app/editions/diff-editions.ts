/** What changed between two editions of a data set, per donor and aid type (a release's revisions). */
import { requirePermission } from '../../domain/access/permissions.ts';
import { diffDonorTables, type DiffRow } from '../../domain/editions/donor-table.ts';
import { AppError } from '../../domain/errors.ts';
import type { EditionSummary } from '../../store/repositories/editions.ts';
import type { AppContext } from '../context.ts';
import { editionDonorTable, requireEdition } from './get-edition.ts';
import { kielContract } from './import-edition.ts';

export interface EditionDiff {
  from: EditionSummary;
  to: EditionSummary;
  rows: DiffRow[];
}

export async function diffEditions(ctx: AppContext, fromId: string, toId: string): Promise<EditionDiff> {
  requirePermission(ctx.actor, 'reference:read');
  const from = await requireEdition(ctx.db, fromId);
  const to = await requireEdition(ctx.db, toId);
  if (from.dataset !== to.dataset)
    throw new AppError('invalid_input', `${fromId} and ${toId} are editions of different data sets`);
  const layouts = kielContract().layouts;
  const rounding = Math.max(layouts[from.layout]?.rounding_eur ?? 1, layouts[to.layout]?.rounding_eur ?? 1);
  const rows = diffDonorTables(
    await editionDonorTable(ctx.db, from),
    await editionDonorTable(ctx.db, to),
    BigInt(rounding) * 100n,
  );
  return { from, to, rows };
}
