/** Checks the names in a text, or in a stored source, against the registry of officials. */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  reconcileNames,
  type NameFlag,
  type OfficeHolding,
} from '../../domain/coordination/reconcile-names.ts';
import { AppError } from '../../domain/errors.ts';
import { candidates } from '../../store/repositories/candidates.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { listPeople } from './list-people.ts';

export async function officeHoldings(ctx: AppContext): Promise<OfficeHolding[]> {
  const { items } = await listPeople(ctx, {}, { limit: 100_000, offset: 0 });
  return items.map((p) => ({ ...p, from_on: p.from, to_on: p.to }));
}

export async function checkPeople(
  ctx: AppContext,
  input: { text: string; date: string | null },
): Promise<NameFlag[]> {
  return reconcileNames(input.text, input.date, await officeHoldings(ctx));
}

export interface SourcePeopleFlags {
  source_id: string;
  published_on: string | null;
  flags: (NameFlag & { near_candidate: boolean })[];
}

/** `id` names a review candidate or a source; flags inside the candidate's evidence are marked. */
export async function sourcePeopleFlags(ctx: AppContext, id: string): Promise<SourcePeopleFlags> {
  requirePermission(ctx.actor, 'ledger:read');
  const candidate = await candidates.sourceOf(ctx.db, ctx.actor, id);
  const source = await sources.text(ctx.db, ctx.actor, candidate?.source_id ?? id);
  if (!source) throw new AppError('not_found', `no review candidate or source ${id}`);
  if (!source.body) throw new AppError('invalid_input', `source ${source.id} has no stored text to check`);
  const evidence = candidate?.fact.evidence;
  const flags = await checkPeople(ctx, { text: source.body, date: source.published_on });
  return {
    source_id: source.id,
    published_on: source.published_on,
    flags: flags.map((f) => ({
      ...f,
      near_candidate: !!evidence && f.start < evidence.end + 200 && f.end > evidence.start - 200,
    })),
  };
}
