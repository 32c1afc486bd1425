/** Checks that the codes and ids a record refers to exist, naming the field that does not. */
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../../store/database.ts';
import { references, type ReferenceKind } from '../../store/repositories/references.ts';

function fail(field: string, message: string): never {
  throw new AppError('invalid_input', `${field}: ${message}`, { issues: [{ field, message }] });
}

export type { ReferenceKind };

/** One field of a record and the codes or ids it names. */
export interface ReferenceCheck {
  kind: ReferenceKind;
  field: string;
  values: readonly (string | null | undefined)[];
}

/** Codes and ids known to exist, by kind (loaded once for a whole batch of records). */
export type KnownReferences = Record<ReferenceKind, ReadonlySet<string>>;

/** The same checks as requireParties and requireRecords, against references loaded beforehand. */
export function checkReferences(known: KnownReferences, checks: readonly ReferenceCheck[]): void {
  for (const { kind, field, values } of checks) {
    const unknown = values.filter((v): v is string => !!v && !known[kind].has(v));
    if (unknown.length) fail(field, `unknown ${kind} ${unknown.join(', ')}`);
  }
}

/** Which of the references named by `checks` exist: one query per kind, whatever the number of records. */
export async function loadKnownReferences(
  db: Queryable,
  checks: readonly ReferenceCheck[],
): Promise<KnownReferences> {
  const wanted = (kind: ReferenceKind) =>
    checks.filter((c) => c.kind === kind).flatMap((c) => c.values.filter((v): v is string => !!v));
  const found = async (kind: ReferenceKind) => {
    const values = [...new Set(wanted(kind))];
    const unknown = new Set(await references.missing(db, kind, values));
    return new Set(values.filter((v) => !unknown.has(v)));
  };
  return {
    party: await found('party'),
    equipment: await found('equipment'),
    package: await found('package'),
    meeting: await found('meeting'),
    commitment: await found('commitment'),
  };
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
