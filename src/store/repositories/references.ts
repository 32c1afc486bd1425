/** Which of the codes and ids a record refers to exist (and, given a caller, are visible to it). */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo } from '../visibility.ts';

/** The tables a record may refer to, by the key they are referred to with. */
const tables = {
  party: { table: 'parties', column: 'code', visibility: false },
  equipment: { table: 'equipment_types', column: 'id', visibility: false },
  package: { table: 'packages', column: 'id', visibility: true },
  meeting: { table: 'meetings', column: 'id', visibility: true },
  commitment: { table: 'commitments', column: 'id', visibility: true },
} as const;

export type ReferenceKind = keyof typeof tables;

export const references = {
  /**
   * The values among `values` that name no row of `kind`. With `actor`, a record the caller may
   * not see is as unknown as one that does not exist.
   */
  async missing(
    db: Queryable,
    kind: ReferenceKind,
    values: readonly string[],
    actor?: Actor,
  ): Promise<string[]> {
    if (values.length === 0) return [];
    const { table, column, visibility } = tables[kind];
    const key = sql.ref(`t.${column}`);
    const visible = actor && visibility ? visibleTo(actor, 't') : sql<boolean>`TRUE`;
    const { rows } = await sql<{ v: string }>`SELECT ${key} AS v FROM ${sql.table(table)} t
      WHERE ${key} = ANY(${[...new Set(values)]}::text[]) AND ${visible}`.execute(kysely(db));
    const found = new Set(rows.map((r) => r.v));
    return values.filter((v) => !found.has(v));
  },
};
