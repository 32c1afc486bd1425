import { requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { people } from '../../store/repositories/people.ts';
import type { AppContext } from '../context.ts';
import { finishChange, requireVersion, versionConflict } from '../ledger/stored-records.ts';
import { personAsInput, personOwnership, toPersonRow } from './person-row.ts';
import type { PersonOutput, PersonPatch } from './person.types.ts';
import { loadPerson } from './get-person.ts';

/** Changes a person inside an open transaction when `patch.version` is current (also used by import and revert). */
export async function applyPersonUpdate(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  patch: PersonPatch,
): Promise<PersonOutput> {
  const before = await loadPerson(ctx, tx, id);
  requireWrite(ctx.actor, personOwnership(before));
  const { version, ...changes } = patch;
  requireVersion('person', id, before.version, version);
  const row = await toPersonRow(tx, id, { ...personAsInput(before), ...changes });
  requireWrite(ctx.actor, personOwnership(row));
  if (!(await people.update(tx, ctx.actor, row, version, ctx.clock.now())))
    throw versionConflict('person', id, version);
  const change = { type: 'person' as const, id, sources: changes.sources, before };
  return finishChange(ctx, tx, change, () => loadPerson(ctx, tx, id));
}

export function updatePerson(ctx: AppContext, id: string, patch: PersonPatch): Promise<PersonOutput> {
  return ctx.db.transaction((tx) => applyPersonUpdate(ctx, tx, id, patch));
}
