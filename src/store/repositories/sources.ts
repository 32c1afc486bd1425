import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { visibilityRule } from '../../domain/access/visibility.ts';
import { AppError } from '../../domain/errors.ts';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { visibleTo } from '../visibility.ts';

export type RecordType =
  'commitment' | 'package' | 'meeting' | 'claim' | 'equipment' | 'target' | 'person' | 'policy_event';

export interface SourceLink {
  url?: string | undefined;
  id?: string | undefined;
  publisher?: string | undefined;
  language?: string | undefined;
  published_on?: string | undefined;
  title?: string | undefined;
  evidence?: { start: number; end: number } | undefined;
  quote?: string | undefined;
}

export interface LinkedSource {
  id: string;
  url: string | null;
  publisher: string | null;
  evidence: { start: number; end: number } | null;
  quote: string | null;
}

export interface SourceView {
  id: string;
  url: string | null;
  publisher: string | null;
  language: string | null;
  published_on: string | null;
  title: string | null;
  body_sha256: string | null;
  visibility: string;
  owner_party: string | null;
  version: number;
}

export interface SourceFilter {
  publisher?: string | undefined;
  q?: string | undefined;
  id?: string | undefined;
}

/** The tables of the records that cite sources, and whether their rows carry a visibility. */
const citing: Record<string, { table: keyof Schema; visibility: boolean }> = {
  commitment: { table: 'commitments', visibility: true },
  package: { table: 'packages', visibility: true },
  meeting: { table: 'meetings', visibility: true },
  claim: { table: 'claims', visibility: true },
  policy_event: { table: 'policy_events', visibility: true },
  person: { table: 'people', visibility: true },
  equipment: { table: 'equipment_types', visibility: false },
  target: { table: 'targets', visibility: false },
};

/** Whether the record a `record_sources` row (alias `rs`) links is one `actor` may see. */
export function citingRecordVisibleTo(actor: Actor): RawBuilder<boolean> {
  const cited = Object.entries(citing).map(
    ([type, { table, visibility }]) =>
      sql`(rs.record_type = ${type} AND EXISTS (SELECT 1 FROM ${sql.table(table)} r
             WHERE r.id = rs.record_id AND ${visibility ? visibleTo(actor, 'r') : sql`TRUE`}))`,
  );
  return sql<boolean>`(${sql.join(cited, sql` OR `)})`;
}

/**
 * Which sources `actor` may see, as a condition on alias `s`: an ingested source (it has a
 * stored text) by its own visibility, any source when a record the caller may see cites it, or
 * a pipeline event of such a record.
 */
export function sourceVisibleTo(actor: Actor): Expression<SqlBool> {
  const own = visibleTo(actor, 's');
  if (visibilityRule(actor).sees === 'everything') return own;
  return sql<boolean>`((s.body IS NOT NULL AND ${own})
       OR EXISTS (SELECT 1 FROM record_sources rs WHERE rs.source_id = s.id AND ${citingRecordVisibleTo(actor)})
       OR EXISTS (SELECT 1 FROM commitment_events e JOIN commitments r ON r.id = e.commitment_id
                   WHERE e.source_id = s.id AND ${visibleTo(actor, 'r')}))`;
}

/** Whether a link may be stored: an absolute http(s) URL. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The last guard for every path that stores a link: an error unless it is an http(s) URL. */
export function checkWebUrl(url: string): void {
  if (!isWebUrl(url))
    throw new AppError(
      'invalid_input',
      `sources: ${JSON.stringify(url.slice(0, 80))} is not an http(s) URL`,
      {
        issues: [{ field: 'sources', message: 'expected an http(s) URL' }],
      },
    );
}

/** A link to a stored source that does not exist or that the caller may not see: the same answer. */
export const unknownSource = (id: string) =>
  new AppError('invalid_input', `no stored source ${id}`, {
    issues: [{ field: 'sources', message: `unknown source ${id}` }],
  });

/** A stable id for a URL, so that exports and imports agree on it everywhere. */
export const sourceIdForUrl = (url: string) =>
  `src-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

export interface IngestedSource {
  url: string | null;
  publisher: string | null;
  language: string;
  published_on: string | null;
  title: string | null;
  body: string;
  body_sha256: string;
}

/** A record's link to a source, with the source's metadata, as exports write it. */
export interface ExportedLinkRow {
  record_id: string;
  source_id: string;
  url: string | null;
  publisher: string | null;
  language: string | null;
  published_on: string | null;
  title: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  quote: string | null;
}

export const sources = {
  /** The stored text, date and URL of source `id` (for a review candidate the caller may see). */
  async body(
    db: Queryable,
    id: string,
  ): Promise<{ body: string | null; published_on: string | null; url: string | null } | undefined> {
    return kysely(db)
      .selectFrom('sources')
      .select(['body', 'published_on', 'url'])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /**
   * The words of stored texts between UTF-16 offsets (as the extractor counts them), for many
   * spans in one query: each text is read only up to its span's end, never whole.
   */
  async spans(
    db: Queryable,
    spans: readonly { source: string; start: number; end: number }[],
  ): Promise<(string | null)[]> {
    if (spans.length === 0) return [];
    // A code point is one or two UTF-16 units: `end` code points hold at least `end` units.
    const { rows } = await sql<{ i: string | number; prefix: string | null }>`
      SELECT u.i, substr(s.body, 1, u.stop) AS prefix
        FROM unnest(${spans.map((s) => s.source)}::text[], ${spans.map((s) => s.end)}::int[])
             WITH ORDINALITY AS u(source_id, stop, i)
        LEFT JOIN sources s ON s.id = u.source_id`.execute(kysely(db));
    const texts: (string | null)[] = spans.map(() => null);
    for (const row of rows) {
      const i = Number(row.i) - 1;
      texts[i] = row.prefix ? row.prefix.slice(spans[i]!.start, spans[i]!.end) : null;
    }
    return texts;
  },

  /** The stored text of source `id`, when `actor` may see the source itself. */
  async text(
    db: Queryable,
    actor: Actor,
    id: string,
  ): Promise<{ id: string; body: string | null; published_on: string | null } | undefined> {
    return kysely(db)
      .selectFrom('sources as s')
      .select(['s.id', 's.body', 's.published_on'])
      .where('s.id', '=', id)
      .where(visibleTo(actor, 's'))
      .executeTakeFirst();
  },

  /** The sources of each record of a type, in their recorded order, with their metadata. */
  exportedLinks(db: Queryable, type: RecordType, ids: readonly string[]): Promise<ExportedLinkRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return kysely(db)
      .selectFrom('record_sources as rs')
      .innerJoin('sources as s', 's.id', 'rs.source_id')
      .select([
        'rs.record_id',
        'rs.source_id',
        's.url',
        's.publisher',
        's.language',
        's.published_on',
        's.title',
        'rs.evidence_start',
        'rs.evidence_end',
        'rs.quote',
      ])
      .where('rs.record_type', '=', type)
      .where('rs.record_id', '=', anyText(ids))
      .orderBy('rs.record_id')
      .orderBy('rs.position')
      .execute();
  },

  /** The source that stores exactly this text, whatever its visibility (ingestion recognises a text). */
  async byBodyHash(
    db: Queryable,
    sha256: string,
  ): Promise<{ id: string; language: string | null } | undefined> {
    return kysely(db)
      .selectFrom('sources')
      .select(['id', 'language'])
      .where('body_sha256', '=', sha256)
      .executeTakeFirst();
  },

  /** Stores an ingested text (a coalition source); a URL seen before gets the text. Returns its id. */
  async storeIngested(tx: Queryable, source: IngestedSource): Promise<string> {
    await kysely(tx)
      .insertInto('sources')
      .values({ id: `src-${source.body_sha256.slice(0, 16)}`, ...source, visibility: 'coalition' })
      .onConflict((oc) =>
        oc.column('url').doUpdateSet((eb) => ({
          body: eb.ref('excluded.body'),
          body_sha256: eb.ref('excluded.body_sha256'),
          language: sql<string>`coalesce(sources.language, excluded.language)`,
          published_on: sql<string>`coalesce(sources.published_on, excluded.published_on)`,
        })),
      )
      .execute();
    const stored = await sources.byBodyHash(tx, source.body_sha256);
    return stored!.id;
  },

  /** Every source `actor` may see, ordered by id. */
  visible(db: Queryable, actor: Actor, filter: SourceFilter = {}): Promise<SourceView[]> {
    return matchingSources(db, actor, filter).orderBy('s.id').execute();
  },

  /** One page of `visible`, and how many sources match in all: paged in SQL. */
  async page(
    db: Queryable,
    actor: Actor,
    filter: SourceFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: SourceView[]; total: number }> {
    const run = (limit: number, offset: number) =>
      matchingSources(db, actor, filter)
        .select(sql<bigint | number>`count(*) OVER ()`.as('total_count'))
        .orderBy('s.id')
        .limit(limit)
        .offset(offset)
        .execute();
    const rows = await run(page.limit, page.offset);
    // Past the last page no row carries the count.
    const counted = rows.length || page.offset === 0 ? rows : await run(1, 0);
    return {
      items: rows.map(({ total_count: _t, ...source }) => source),
      total: Number(counted[0]?.total_count ?? 0),
    };
  },

  /** The id of the source a link names, creating a URL source the first time it is seen. */
  async resolve(tx: Queryable, link: SourceLink, actor: Actor): Promise<string> {
    const db = kysely(tx);
    if (link.id && !link.url) {
      // Citing a stored source by id needs the right to see it: a hidden one is unknown.
      const found = await db
        .selectFrom('sources as s')
        .select('s.id')
        .where('s.id', '=', link.id)
        .where(sourceVisibleTo(actor))
        .executeTakeFirst();
      if (!found) throw unknownSource(link.id);
      return found.id;
    }
    const url = link.url!;
    // The last guard for every path that stores a link (the API and import validate it first).
    checkWebUrl(url);
    await db
      .insertInto('sources')
      .values({
        id: link.id ?? sourceIdForUrl(url),
        url,
        publisher: link.publisher ?? null,
        language: link.language ?? null,
        published_on: link.published_on ?? null,
        title: link.title ?? null,
      })
      .onConflict((oc) =>
        oc.column('url').doUpdateSet({
          publisher: sql`coalesce(sources.publisher, excluded.publisher)`,
          language: sql`coalesce(sources.language, excluded.language)`,
          published_on: sql`coalesce(sources.published_on, excluded.published_on)`,
          title: sql`coalesce(sources.title, excluded.title)`,
        }),
      )
      .execute();
    const row = await db.selectFrom('sources').select('id').where('url', '=', url).executeTakeFirstOrThrow();
    return row.id;
  },

  /** Replaces the sources of a record by `links`, in order. */
  async link(
    tx: Queryable,
    recordType: RecordType,
    recordId: string,
    links: readonly SourceLink[],
    actor: Actor,
  ): Promise<void> {
    // Resolved while the record still cites what it cited: a source it alone made visible stays citable.
    const ids: string[] = [];
    for (const link of links) ids.push(await sources.resolve(tx, link, actor));
    const db = kysely(tx);
    await db
      .deleteFrom('record_sources')
      .where('record_type', '=', recordType)
      .where('record_id', '=', recordId)
      .execute();
    if (links.length === 0) return;
    await db
      .insertInto('record_sources')
      .values(
        links.map((link, position) => ({
          record_type: recordType,
          record_id: recordId,
          source_id: ids[position]!,
          position,
          evidence_start: link.evidence?.start ?? null,
          evidence_end: link.evidence?.end ?? null,
          quote: link.quote ?? null,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  async linkedTo(
    db: Queryable,
    recordType: RecordType,
    recordIds: readonly string[],
  ): Promise<Map<string, LinkedSource[]>> {
    const byRecord = new Map<string, LinkedSource[]>();
    if (recordIds.length === 0) return byRecord;
    const rows = await kysely(db)
      .selectFrom('record_sources as rs')
      .innerJoin('sources as s', 's.id', 'rs.source_id')
      .select([
        'rs.record_id',
        's.id',
        's.url',
        's.publisher',
        'rs.evidence_start',
        'rs.evidence_end',
        'rs.quote',
      ])
      .where('rs.record_type', '=', recordType)
      .where('rs.record_id', '=', anyText(recordIds))
      .orderBy('rs.record_id')
      .orderBy('rs.position')
      .execute();
    for (const r of rows) {
      const list = byRecord.get(r.record_id) ?? [];
      list.push({
        id: r.id,
        url: r.url,
        publisher: r.publisher,
        evidence:
          r.evidence_start === null
            ? null
            : { start: r.evidence_start, end: r.evidence_end ?? r.evidence_start },
        quote: r.quote,
      });
      byRecord.set(r.record_id, list);
    }
    return byRecord;
  },
};

/** The sources `actor` may see that match `filter`, with the columns a list shows. */
function matchingSources(db: Queryable, actor: Actor, filter: SourceFilter) {
  const { id, publisher, q } = filter;
  return kysely(db)
    .selectFrom('sources as s')
    .select([
      's.id',
      's.url',
      's.publisher',
      's.language',
      's.published_on',
      's.title',
      's.body_sha256',
      's.visibility',
      's.owner_party',
      's.version',
    ])
    .$if(Boolean(id), (qb) => qb.where('s.id', '=', id!))
    .$if(Boolean(publisher), (qb) => qb.where('s.publisher', '=', publisher!))
    .$if(Boolean(q), (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('s.url', 'ilike', sql<string>`'%' || ${q} || '%'`),
          eb('s.title', 'ilike', sql<string>`'%' || ${q} || '%'`),
        ]),
      ),
    )
    .where(sourceVisibleTo(actor));
}
