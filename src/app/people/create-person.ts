import { idTaken, requireWrite } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { people } from '../../store/repositories/people.ts';
import type { AppContext } from '../context.ts';
import { finishChange, newRecordId } from '../ledger/stored-records.ts';
import { personOwnership, toPersonRow } from './person-row.ts';
import type { PersonInput, PersonOutput } from './person.types.ts';
import { loadPerson } from './get-person.ts';

/** Records a person inside an open transaction (also used by import). */
export async function insertPerson(
  ctx: AppContext,
  tx: Queryable,
  input: PersonInput,
): Promise<PersonOutput> {
  const id = input.id ?? newRecordId('person');
  const row = await toPersonRow(tx, id, input);
  requireWrite(ctx.actor, personOwnership(row));
  if (await people.exists(tx, id)) throw idTaken('person', id);
  await people.insert(tx, row);
  const change = { type: 'person' as const, id, sources: input.sources, before: null };
  return finishChange(ctx, tx, change, () => loadPerson(ctx, tx, id));
}

export function createPerson(ctx: AppContext, input: PersonInput): Promise<PersonOutput> {
  return ctx.db.transaction((tx) => insertPerson(ctx, tx, input));
}
