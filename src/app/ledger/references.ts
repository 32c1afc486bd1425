/** Checks that the codes and ids a record refers to exist, naming the field that does not. */
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../../store/database.ts';
import { references, type ReferenceKind } from '../../store/repositories/references.ts';

function fail(field: string, message: string): never {
  throw new AppError('invalid_input', `${field}: ${message}`, { issues: [{ field, message }] });
}

export async function requireParties(
  db: Queryable,
  fields: Record<string, readonly (string | null | undefined)[]>,
) {
  for (const [field, values] of Object.entries(fields)) {
    const unknown = await references.missing(
      db,
      'party',
      values.filter((v): v is string => !!v),
    );
    if (unknown.length) fail(field, `unknown party ${unknown.join(', ')}`);
  }
}

export async function requireRecords(
  db: Queryable,
  kind: Exclude<ReferenceKind, 'party'>,
  field: string,
  ids: readonly (string | null | undefined)[],
  actor?: Actor,
): Promise<void> {
  const unknown = await references.missing(
    db,
    kind,
    ids.filter((v): v is string => !!v),
    actor,
  );
  if (unknown.length) fail(field, `unknown ${kind} ${unknown.join(', ')}`);
}
