/**
 * Editions of external data sets: written once at import, read by dataset, "as known on" a date,
 * and as per-donor tables. Editions are public reference data: every caller reads the same rows.
 */
import type { Queryable } from '../database.ts';
import { bulkInsert } from '../bulk.ts';
import { sql } from 'kysely';
import { kysely, rowsOf } from '../kysely.ts';
import type {
  EditionActivity,
  EditionFigure,
  EditionFile,
  EditionHeader,
} from '../../domain/editions/edition.ts';
import type { DonorSeriesSum, PeriodSum } from '../../domain/editions/sums.ts';

export type { DonorSeriesSum, PeriodSum };

export interface EditionRow extends EditionHeader {
  content_sha256: string;
  imported_at: Date;
  imported_by: string;
}

export interface EditionSummary extends EditionRow {
  files: EditionFile[];
}

const headerColumns =
  sql.raw(`id, dataset, publisher, title, release, layout, cut_off, published_on, published_basis,
  attribution, url, content_sha256, imported_at, imported_by`);

/** Every data set when none is named. */
const ofDataset = (dataset: string | undefined) => {
  const named = sql`${dataset ?? null}::text`;
  return sql`(${named} IS NULL OR dataset = ${named})`;
};

async function withFiles(db: Queryable, rows: EditionRow[]): Promise<EditionSummary[]> {
  if (rows.length === 0) return [];
  const files = await rowsOf(
    db,
    sql<EditionFile & { edition_id: string }>`SELECT edition_id, name, sha256, row_count FROM edition_files
      WHERE edition_id = ANY(${rows.map((r) => r.id)}::text[]) ORDER BY name`,
  );
  return rows.map((r) => ({
    ...r,
    files: files.filter((f) => f.edition_id === r.id).map(({ edition_id: _e, ...f }) => f),
  }));
}

/** Figures and activities are inserted this many at a time: an import's progress shows between chunks. */
const ROWS_PER_CHUNK = 5000;

export const editions = {
  /** One importer of an edition id at a time: waits for the others; the lock ends with `tx`. */
  async lockForImport(tx: Queryable, id: string): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`edition:${id}`}))`.execute(kysely(tx));
  },

  async get(db: Queryable, id: string): Promise<EditionSummary | undefined> {
    const rows = await rowsOf(db, sql<EditionRow>`SELECT ${headerColumns} FROM editions WHERE id = ${id}`);
    return (await withFiles(db, rows))[0];
  },

  async list(db: Queryable, dataset?: string): Promise<EditionSummary[]> {
    const rows = await rowsOf(
      db,
      sql<EditionRow>`SELECT ${headerColumns} FROM editions
        WHERE ${ofDataset(dataset)}
        ORDER BY dataset, published_on, id`,
    );
    return withFiles(db, rows);
  },

  /** For each data set (or the one named), the latest edition published on or before `on`. */
  async asKnownOn(db: Queryable, on: string, dataset?: string): Promise<EditionRow[]> {
    return rowsOf(
      db,
      sql<EditionRow>`SELECT DISTINCT ON (dataset) ${headerColumns} FROM editions
        WHERE published_on <= ${on}::date AND ${ofDataset(dataset)}
        ORDER BY dataset, published_on DESC, imported_at DESC`,
    );
  },

  async insert(
    tx: Queryable,
    edition: EditionHeader & { content_sha256: string; imported_by: string },
    files: readonly EditionFile[],
    figures: readonly EditionFigure[],
    activities: readonly EditionActivity[],
    at: Date,
    /** Told the number of figures and activities of each chunk once it is inserted. */
    inserted?: (rows: number) => void,
  ): Promise<void> {
    const values = sql.join([
      edition.id,
      edition.dataset,
      edition.publisher,
      edition.title,
      edition.release,
      edition.layout,
      edition.cut_off,
      edition.published_on,
      edition.published_basis,
      edition.attribution,
      edition.url,
      edition.content_sha256,
      at,
      edition.imported_by,
    ]);
    await sql`INSERT INTO editions (id, dataset, publisher, title, release, layout, cut_off, published_on, published_basis,
         attribution, url, content_sha256, imported_at, imported_by)
       VALUES (${values})`.execute(kysely(tx));
    await bulkInsert(
      tx,
      'edition_files',
      [
        { name: 'edition_id', type: 'text', value: () => edition.id },
        { name: 'name', type: 'text', value: (f: EditionFile) => f.name },
        { name: 'sha256', type: 'text', value: (f) => f.sha256 },
        { name: 'row_count', type: 'int4', value: (f) => f.row_count },
      ],
      files,
    );
    const indexed = figures.map((f, i) => ({ ...f, seq: i + 1 }));
    await bulkInsert(
      tx,
      'edition_figures',
      [
        { name: 'edition_id', type: 'text', value: () => edition.id },
        { name: 'seq', type: 'int4', value: (f: (typeof indexed)[number]) => f.seq },
        { name: 'file', type: 'text', value: (f) => f.file },
        { name: 'party_code', type: 'text', value: (f) => f.party_code },
        { name: 'donor_name', type: 'text', value: (f) => f.donor_name },
        { name: 'period', type: 'date', value: (f) => f.period },
        { name: 'series', type: 'text', value: (f) => f.series },
        { name: 'amount_minor', type: 'int8', value: (f) => f.amount_minor?.toString() ?? null },
        { name: 'count', type: 'int8', value: (f) => f.count?.toString() ?? null },
        { name: 'ratio', type: 'numeric', value: (f) => f.ratio },
        { name: 'label', type: 'text', value: (f) => f.label },
      ],
      indexed,
      '',
      ROWS_PER_CHUNK,
      inserted,
    );
    const rows = activities.map((a, i) => ({ ...a, seq: i + 1 }));
    await bulkInsert(
      tx,
      'edition_activities',
      [
        { name: 'edition_id', type: 'text', value: () => edition.id },
        { name: 'seq', type: 'int4', value: (a: (typeof rows)[number]) => a.seq },
        { name: 'party_code', type: 'text', value: (a) => a.party_code },
        { name: 'donor_name', type: 'text', value: (a) => a.donor_name },
        { name: 'activity_date', type: 'date', value: (a) => a.activity_date },
        { name: 'month_index', type: 'int4', value: (a) => a.month_index },
        { name: 'aid_type', type: 'text', value: (a) => a.aid_type },
        { name: 'measure', type: 'text', value: (a) => a.measure },
        { name: 'amount_minor', type: 'int8', value: (a) => a.amount_minor.toString() },
      ],
      rows,
      '',
      ROWS_PER_CHUNK,
      inserted,
    );
  },

  /** Per donor and series, the sum of a file's figures over every period (a donor table). */
  async donorSums(
    db: Queryable,
    id: string,
    file: string,
    series: readonly string[],
  ): Promise<DonorSeriesSum[]> {
    const rows = await rowsOf(
      db,
      sql<{ party_code: string; donor_name: string; series: string; amount_minor: string }>`
      SELECT party_code, min(donor_name) AS donor_name, series, sum(amount_minor)::text AS amount_minor
         FROM edition_figures
        WHERE edition_id = ${id} AND file = ${file} AND series = ANY(${[...series]}::text[]) AND party_code IS NOT NULL
        GROUP BY party_code, series ORDER BY party_code, series`,
    );
    return rows.map((r) => ({ ...r, amount_minor: BigInt(r.amount_minor) }));
  },

  /** Per period and series, the sum of a file's figures (all donors, or the file's own totals). */
  async periodSums(db: Queryable, id: string, file: string, series: readonly string[]): Promise<PeriodSum[]> {
    const rows = await rowsOf(
      db,
      sql<{ period: string; series: string; amount_minor: string }>`
      SELECT period, series, sum(amount_minor)::text AS amount_minor FROM edition_figures
        WHERE edition_id = ${id} AND file = ${file} AND series = ANY(${[...series]}::text[]) AND period IS NOT NULL
        GROUP BY period, series ORDER BY period, series`,
    );
    return rows.map((r) => ({ ...r, amount_minor: BigInt(r.amount_minor) }));
  },

  /** Per donor, measure and aid type, the sum of the edition's row-level activities. */
  async activitySums(
    db: Queryable,
    id: string,
  ): Promise<
    {
      party_code: string;
      donor_name: string;
      measure: string;
      aid_type: string;
      amount_minor: bigint;
      rows: number;
    }[]
  > {
    const rows = await rowsOf(
      db,
      sql<{
        party_code: string;
        donor_name: string;
        measure: string;
        aid_type: string;
        amount_minor: string;
        rows: string;
      }>`SELECT party_code, min(donor_name) AS donor_name, measure, aid_type, sum(amount_minor)::text AS amount_minor, count(*)::text AS rows
         FROM edition_activities WHERE edition_id = ${id}
        GROUP BY party_code, measure, aid_type ORDER BY party_code, measure, aid_type`,
    );
    return rows.map((r) => ({ ...r, amount_minor: BigInt(r.amount_minor), rows: Number(r.rows) }));
  },

  /** Per donor, the sum of every series of a file starting with `prefix` (heavy weapons by category). */
  async seriesPrefixSums(db: Queryable, id: string, file: string, prefix: string): Promise<DonorSeriesSum[]> {
    const rows = await rowsOf(
      db,
      sql<{ party_code: string; donor_name: string; amount_minor: string }>`
      SELECT party_code, min(donor_name) AS donor_name, sum(amount_minor)::text AS amount_minor
         FROM edition_figures
        WHERE edition_id = ${id} AND file = ${file} AND starts_with(series, ${prefix}::text) AND party_code IS NOT NULL
        GROUP BY party_code ORDER BY party_code`,
    );
    return rows.map((r) => ({ ...r, series: prefix, amount_minor: BigInt(r.amount_minor) }));
  },

  /** English names of parties, for donors the edition does not name. */
  async partyNames(db: Queryable, codes: readonly string[]): Promise<{ code: string; name: string }[]> {
    return rowsOf(
      db,
      sql<{
        code: string;
        name: string;
      }>`SELECT code, names->>'en' AS name FROM parties WHERE code = ANY(${[...codes]}::text[])`,
    );
  },

  /**
   * Records a reference table as an edition when it is not one yet; answers the content hash of
   * the edition already recorded under that id, if any, so the caller can tell a changed file.
   */
  async recordIfAbsent(
    tx: Queryable,
    edition: EditionHeader & { content_sha256: string; imported_by: string },
    files: readonly EditionFile[],
    at: Date,
  ): Promise<string | null> {
    const [existing] = await rowsOf(
      tx,
      sql<{ content_sha256: string }>`SELECT content_sha256 FROM editions WHERE id = ${edition.id}`,
    );
    if (existing) return existing.content_sha256;
    await this.insert(tx, edition, files, [], [], at);
    return null;
  },

  /** An edition's figures and activities in their recorded order, as an export writes them. */
  async contents(
    db: Queryable,
    id: string,
  ): Promise<{
    figures: (EditionFigure & { currency: string })[];
    activities: (EditionActivity & { currency: string })[];
  }> {
    const figures = await kysely(db)
      .selectFrom('edition_figures')
      .select([
        'file',
        'party_code',
        'donor_name',
        'period',
        'series',
        'amount_minor',
        'currency',
        'count',
        'ratio',
        'label',
      ])
      .where('edition_id', '=', id)
      .orderBy('seq')
      .execute();
    const activities = await kysely(db)
      .selectFrom('edition_activities')
      .select([
        'party_code',
        'donor_name',
        'activity_date',
        'month_index',
        'aid_type',
        'measure',
        'amount_minor',
        'currency',
      ])
      .where('edition_id', '=', id)
      .orderBy('seq')
      .execute();
    return { figures, activities: activities as (EditionActivity & { currency: string })[] };
  },
};
