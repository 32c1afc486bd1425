/** Checks that the codes and ids a record refers to exist, naming the field that does not. */
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo } from '../../domain/access/visibility.ts';
import type { Queryable } from '../../store/database.ts';

async function missing(
  db: Queryable,
  table: string,
  column: string,
  values: readonly string[],
  actor?: Actor,
): Promise<string[]> {
  if (values.length === 0) return [];
  // A record the caller may not see is as unknown as one that does not exist.
  const visible = actor ? visibleTo(actor, 't', 2) : { sql: 'TRUE', params: [] };
  const rows = await db.query<{ v: string }>(
    `SELECT t.${column} AS v FROM ${table} t WHERE t.${column} = ANY($1::text[]) AND ${visible.sql}`,
    [[...new Set(values)], ...visible.params],
  );
  const found = new Set(rows.map((r) => r.v));
  return values.filter((v) => !found.has(v));
}

function fail(field: string, message: string): never {
  throw new AppError('invalid_input', `${field}: ${message}`, { issues: [{ field, message }] });
}

export async function requireParties(
  db: Queryable,
  fields: Record<string, readonly (string | null | undefined)[]>,
) {
  for (const [field, values] of Object.entries(fields)) {
    const unknown = await missing(
      db,
      'parties',
      'code',
      values.filter((v): v is string => !!v),
    );
    if (unknown.length) fail(field, `unknown party ${unknown.join(', ')}`);
  }
}

const tables = {
  equipment: 'equipment_types',
  package: 'packages',
  meeting: 'meetings',
  commitment: 'commitments',
} as const;

export async function requireRecords(
  db: Queryable,
  kind: keyof typeof tables,
  field: string,
  ids: readonly (string | null | undefined)[],
  actor?: Actor,
): Promise<void> {
  const unknown = await missing(
    db,
    tables[kind],
    'id',
    ids.filter((v): v is string => !!v),
    kind === 'equipment' ? undefined : actor,
  );
  if (unknown.length) fail(field, `unknown ${kind} ${unknown.join(', ')}`);
}
