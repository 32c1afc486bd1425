/**
 * What the analytics reports read from imported editions: the heavy-weapon tables behind the
 * `kiel` valuation basis (the latest edition that has them, as known on a date) and an edition's
 * military allocations in a year (the fair-share meter's edition basis). Editions are public
 * reference data: every caller reads the same rows.
 */
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';

export interface ReportEdition {
  id: string;
  title: string;
  release: string;
  cut_off: string | null;
  published_on: string;
  attribution: string;
}

export interface HeavyWeaponsRow {
  party_code: string;
  series: string;
  count: string;
  amount_minor: string;
}

export interface AllocationRow {
  party_code: string;
  amount_minor: string;
  /** Figures or dated activities summed. */
  entries: number;
}

const HEAVY_WEAPONS = 'heavy_weapons.';
const dateText = (column: string) => sql<string>`${sql.ref(column)}::text`;

function editionColumns() {
  return [
    'e.id',
    'e.title',
    'e.release',
    dateText('e.cut_off').as('cut_off'),
    dateText('e.published_on').as('published_on'),
    'e.attribution',
  ] as const;
}

export const editionReports = {
  async edition(db: Queryable, id: string): Promise<ReportEdition | undefined> {
    return kysely(db)
      .selectFrom('editions as e')
      .select(editionColumns())
      .where('e.id', '=', id)
      .executeTakeFirst();
  },

  /** Every edition's id, for the error that names the ones a user may choose. */
  async editionIds(db: Queryable): Promise<string[]> {
    const rows = await kysely(db).selectFrom('editions').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  },

  /**
   * The latest edition of `dataset` published on or before `on` that holds heavy weapons by donor
   * (value and count), with those rows; undefined when no such edition is imported.
   */
  async heavyWeaponsAsKnownOn(
    db: Queryable,
    dataset: string,
    on: string,
  ): Promise<{ edition: ReportEdition; rows: HeavyWeaponsRow[] } | undefined> {
    const q = kysely(db);
    const edition = await q
      .selectFrom('editions as e')
      .select(editionColumns())
      .where('e.dataset', '=', dataset)
      .where('e.published_on', '<=', on)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('edition_figures as f')
            .select('f.seq')
            .whereRef('f.edition_id', '=', 'e.id')
            .where(sql<boolean>`starts_with(f.series, ${HEAVY_WEAPONS})`)
            .where('f.party_code', 'is not', null)
            .where('f.count', '>', 0n),
        ),
      )
      .orderBy('e.published_on', 'desc')
      .orderBy('e.imported_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!edition) return undefined;
    const rows = await q
      .selectFrom('edition_figures as f')
      .select([
        sql<string>`f.party_code`.as('party_code'),
        'f.series',
        sql<string>`sum(f.count)::text`.as('count'),
        sql<string>`sum(f.amount_minor)::text`.as('amount_minor'),
      ])
      .where('f.edition_id', '=', edition.id)
      .where(sql<boolean>`starts_with(f.series, ${HEAVY_WEAPONS})`)
      .where('f.party_code', 'is not', null)
      .where('f.count', '>', 0n)
      .where('f.amount_minor', 'is not', null)
      .groupBy(['f.party_code', 'f.series'])
      .orderBy('f.party_code')
      .orderBy('f.series')
      .execute();
    return { edition, rows };
  },

  /**
   * Per donor, the edition's military allocations dated in `year`: monthly donor figures of the
   * edition's files, or its dated row-level activities. `dated` says whether the edition dates
   * any military allocation at all (a table of totals over the whole release does not).
   */
  async militaryAllocations(
    db: Queryable,
    id: string,
    year: number,
  ): Promise<{ dated: boolean; undatedActivities: number; rows: AllocationRow[] }> {
    const q = kysely(db);
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const figures = q
      .selectFrom('edition_figures')
      .select(['party_code', 'amount_minor', 'period as on'])
      .where('edition_id', '=', id)
      .where('series', '=', 'allocation.military')
      .where('party_code', 'is not', null)
      .where('amount_minor', 'is not', null)
      .where('period', 'is not', null);
    const activities = q
      .selectFrom('edition_activities')
      .select(['party_code', 'amount_minor', 'activity_date as on'])
      .where('edition_id', '=', id)
      .where('aid_type', '=', 'military')
      .where('measure', '=', 'allocation');
    const dated = q.selectFrom(figures.unionAll(activities.where('activity_date', 'is not', null)).as('d'));
    const [any, undated, rows] = await Promise.all([
      dated.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      activities
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .where('activity_date', 'is', null)
        .executeTakeFirstOrThrow(),
      dated
        .select([
          sql<string>`d.party_code`.as('party_code'),
          sql<string>`sum(d.amount_minor)::text`.as('amount_minor'),
          sql<number>`count(*)::int`.as('entries'),
        ])
        .where('d.on', '>=', from)
        .where('d.on', '<', to)
        .groupBy('d.party_code')
        .orderBy('d.party_code')
        .execute(),
    ]);
    return { dated: any.n > 0, undatedActivities: undated.n, rows };
  },
};
