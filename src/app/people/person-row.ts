/** A holding of office as the row of table `people`, and the row as its view. */
import type { Queryable } from '../../store/database.ts';
import type { NewPerson, PersonRow } from '../../store/repositories/people.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import { requireParties } from '../ledger/references.ts';
import { citedMeta, sourcesAsInput } from '../ledger/stored-records.ts';
import type { PersonInput, PersonOutput } from './person.types.ts';

/** The row of person `id`, after checking the parties it names. */
export async function toPersonRow(db: Queryable, id: string, i: PersonInput): Promise<NewPerson> {
  await requireParties(db, { party: [i.party], owner_party: [i.owner_party] });
  return {
    id,
    given_name: i.given_name,
    family_name: i.family_name,
    aliases: i.aliases ?? [],
    role: i.role,
    title: i.title,
    party: i.party,
    from_on: i.from,
    to_on: i.to ?? null,
    notes: i.notes ?? null,
    confidence: i.confidence ?? null,
    visibility: i.visibility ?? 'public',
    owner_party: i.owner_party ?? null,
  };
}

export function toPersonView(row: PersonRow, linked: LinkedSource[]): PersonOutput {
  return {
    id: row.id,
    given_name: row.given_name,
    family_name: row.family_name,
    aliases: row.aliases,
    role: row.role,
    title: row.title,
    party: row.party,
    from: row.from_on,
    to: row.to_on,
    notes: row.notes,
    ...citedMeta(row, linked),
  };
}

/** The stored record as input, so that a patch can be laid over it. */
export const personAsInput = ({
  version: _v,
  created_at: _c,
  updated_at: _u,
  sources,
  ...rest
}: PersonOutput): PersonInput => ({ ...rest, sources: sourcesAsInput(sources) });

/** Whose the record is: its owner, and the party whose office it is. */
export const personOwnership = (row: Pick<NewPerson, 'owner_party' | 'party'>) => ({
  owner: row.owner_party ?? null,
  speaksFor: [row.party],
});
