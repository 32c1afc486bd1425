/** Checks that the codes and ids a record refers to exist, naming the field that does not. */
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';

async function missing(
  db: Queryable,
  table: string,
  column: string,
  values: readonly string[],
): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await db.query<{ v: string }>(
    `SELECT ${column} AS v FROM ${table} WHERE ${column} = ANY($1::text[])`,
    [[...new Set(values)]],
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
): Promise<void> {
  const unknown = await missing(
    db,
    tables[kind],
    'id',
    ids.filter((v): v is string => !!v),
  );
  if (unknown.length) fail(field, `unknown ${kind} ${unknown.join(', ')}`);
}
