/** Pooled packages and their funders, with the caller's visibility and write rights in every statement. */
import { expressionBuilder, type Expression, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import { writeRule } from '../../domain/access/permissions.ts';
import { insertRows } from '../bulk.ts';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { visibleTo, writableBy } from '../visibility.ts';
import { idExists, readsOf, updateVersioned, versionsOf } from './versioned-records.ts';

export type PackageRow = Selectable<Schema['packages']>;
export type NewPackage = Insertable<Schema['packages']>;
export type FunderRow = Selectable<Schema['package_funders']>;

/** The filters of a package list, in the order the API lists them. */
export const packageFilters = ['funder', 'status', 'mechanism'] as const;
export type PackageFilter = Partial<Record<(typeof packageFilters)[number], string>>;

/** The packages `actor` may see matching `filter`, in announcement order. */
function matching(db: Queryable, actor: Actor, filter: PackageFilter) {
  const { funder, status, mechanism } = filter;
  return kysely(db)
    .selectFrom('packages as p')
    .selectAll('p')
    .$if(funder !== undefined, (q) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('package_funders as f')
            .select('f.position')
            .whereRef('f.package_id', '=', 'p.id')
            .where('f.party', '=', funder!),
        ),
      ),
    )
    .$if(status !== undefined, (q) => q.where('p.status', '=', status!))
    .$if(mechanism !== undefined, (q) => q.where('p.mechanism', '=', mechanism!))
    .where(visibleTo(actor, 'p'))
    .orderBy('p.announced_on', (o) => o.asc().nullsLast())
    .orderBy('p.id');
}

/** The write rule on a stored package: a representative writes only their party's packages funded by it alone. */
function writableWithFunders(actor: Actor): Expression<SqlBool> {
  const rule = writeRule(actor);
  const owned = writableBy(actor, 'packages');
  if (rule.writes !== 'own party') return owned;
  const eb = expressionBuilder<Schema, 'packages'>();
  const fundedByOthers = eb.exists(
    eb
      .selectFrom('package_funders as f')
      .select('f.position')
      .whereRef('f.package_id', '=', 'packages.id')
      .where('f.party', '<>', rule.party ?? ''),
  );
  return eb.and([owned, eb.not(fundedByOthers)]);
}

export const packages = {
  ...readsOf(matching, 'p.id'),

  exists: (db: Queryable, id: string) => idExists(db, 'packages', id),

  async insert(tx: Queryable, row: NewPackage): Promise<void> {
    await kysely(tx).insertInto('packages').values(row).execute();
  },

  /**
   * Writes `row` when the stored package is still at `version` and `actor` may write it (owned by
   * their party, every funder theirs); false, changing nothing, otherwise.
   */
  update: (tx: Queryable, actor: Actor, row: NewPackage, version: number, at: Date) =>
    updateVersioned(tx, 'packages', row, version, at, writableWithFunders(actor)),

  versions: (db: Queryable) => versionsOf(db, 'packages'),

  /** Replaces the funders of package `id` by `funders`, in order. */
  async replaceFunders(
    tx: Queryable,
    id: string,
    funders: readonly Omit<FunderRow, 'package_id' | 'position'>[],
  ): Promise<void> {
    const db = kysely(tx);
    await db.deleteFrom('package_funders').where('package_id', '=', id).execute();
    if (funders.length === 0) return;
    await db
      .insertInto('package_funders')
      .values(funders.map((f, position) => ({ ...f, package_id: id, position })))
      .execute();
  },

  /** Funder rows of packages that have none yet, all in one statement. */
  async addFunders(tx: Queryable, rows: readonly FunderRow[]): Promise<void> {
    await insertRows(tx, 'package_funders', rows);
  },

  /** The funders of packages, one row per share, in their recorded order. */
  async funders(db: Queryable, ids: readonly string[]): Promise<Map<string, FunderRow[]>> {
    const map = new Map<string, FunderRow[]>();
    if (ids.length === 0) return map;
    const rows = await kysely(db)
      .selectFrom('package_funders')
      .selectAll()
      .where('package_id', '=', anyText(ids))
      .orderBy('package_id')
      .orderBy('position')
      .execute();
    for (const r of rows) map.set(r.package_id, [...(map.get(r.package_id) ?? []), r]);
    return map;
  },
};
