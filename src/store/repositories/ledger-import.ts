/**
 * Set-based writes of a ledger import: for a whole batch of records, one statement per table
 * (chunked under PostgreSQL's parameter limit) instead of a few statements per record.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { insertRows } from '../bulk.ts';
import { anyText, kysely } from '../kysely.ts';
import type { Schema } from '../schema.ts';
import { sourceIdForUrl, sourceVisibleTo, type SourceLink } from './sources.ts';

type Table = keyof Schema;
type Row = Record<string, unknown>;

/** The stored source each link resolved to, by the key `linkKey` gives it. */
export type ResolvedSources = Map<string, { id: string; url: string | null; publisher: string | null }>;

export const linkKey = (link: SourceLink) => (link.url ? `url:${link.url}` : `id:${link.id ?? ''}`);

export const ledgerImport = {
  /** The stored version of each of `ids` that exists in `table`. */
  async versions(db: Queryable, table: Table, ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await sql<{ id: string; version: number }>`SELECT id, version FROM ${sql.table(table)}
      WHERE id = ANY(${[...new Set(ids)]}::text[])`.execute(kysely(db));
    return new Map(rows.rows.map((r) => [r.id, r.version]));
  },

  /** The fingerprint each record had when it was last imported. */
  async fingerprints(db: Queryable, type: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await kysely(db)
      .selectFrom('import_fingerprints')
      .select(['record_id', 'sha256'])
      .where('record_type', '=', type)
      .where(sql<boolean>`record_id = ANY(${[...new Set(ids)]}::text[])`)
      .execute();
    return new Map(rows.map((r) => [r.record_id, r.sha256]));
  },

  async rememberFingerprints(tx: Queryable, type: string, entries: ReadonlyMap<string, string>) {
    const rows = [...entries].map(([record_id, sha256]) => ({ record_type: type, record_id, sha256 }));
    await insertRows(
      tx,
      'import_fingerprints',
      rows,
      sql`ON CONFLICT (record_type, record_id) DO UPDATE SET sha256 = excluded.sha256, imported_at = now()`,
    );
  },

  /** The time the open transaction started: what `now()` gives, and so every `created_at` it writes. */
  async transactionStart(tx: Queryable): Promise<Date> {
    const { rows } = await sql<{ now: Date }>`SELECT now() AS now`.execute(kysely(tx));
    return rows[0]!.now;
  },

  /** Rows of `table` by id, as stored (for the views written to the audit trail). */
  async rowsById(db: Queryable, table: Table, ids: readonly string[]): Promise<Row[]> {
    if (ids.length === 0) return [];
    const rows = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE id = ANY(${ids}::text[])`.execute(
      kysely(db),
    );
    return rows.rows;
  },

  /**
   * Resolves many source links at once: URL links are created the first time they are seen (a
   * stored source keeps its fields, an empty one is filled from the first link that has it);
   * links by id resolve only to sources `actor` may see. A link missing from the answer names
   * an unknown or hidden source. URLs must have been checked before (`checkWebUrl`).
   */
  async resolveSources(tx: Queryable, links: readonly SourceLink[], actor: Actor): Promise<ResolvedSources> {
    const resolved: ResolvedSources = new Map();
    const byUrl = new Map<string, SourceLink & { url: string }>();
    for (const link of links) {
      if (!link.url) continue;
      const seen = byUrl.get(link.url);
      byUrl.set(
        link.url,
        seen
          ? {
              ...seen,
              publisher: seen.publisher ?? link.publisher,
              language: seen.language ?? link.language,
              published_on: seen.published_on ?? link.published_on,
              title: seen.title ?? link.title,
            }
          : { ...link, url: link.url },
      );
    }
    const fresh = [...byUrl.values()].map((l) => ({
      id: l.id ?? sourceIdForUrl(l.url),
      url: l.url,
      publisher: l.publisher ?? null,
      language: l.language ?? null,
      published_on: l.published_on ?? null,
      title: l.title ?? null,
    }));
    await insertRows(
      tx,
      'sources',
      fresh,
      sql`ON CONFLICT (url) DO UPDATE SET publisher = coalesce(sources.publisher, excluded.publisher),
        language = coalesce(sources.language, excluded.language),
        published_on = coalesce(sources.published_on, excluded.published_on),
        title = coalesce(sources.title, excluded.title)`,
    );
    if (byUrl.size) {
      const rows = await kysely(tx)
        .selectFrom('sources')
        .select(['id', 'url', 'publisher'])
        .where(sql<boolean>`url = ANY(${[...byUrl.keys()]}::text[])`)
        .execute();
      for (const r of rows) resolved.set(`url:${r.url}`, r);
    }
    const ids = [...new Set(links.filter((l) => !l.url && l.id).map((l) => l.id!))];
    if (ids.length) {
      const rows = await kysely(tx)
        .selectFrom('sources as s')
        .select(['s.id', 's.url', 's.publisher'])
        .where('s.id', '=', anyText(ids))
        .where(sourceVisibleTo(actor))
        .execute();
      for (const r of rows) resolved.set(`id:${r.id}`, r);
    }
    return resolved;
  },

  /** Links new records to their sources, in the order given (links already resolved). */
  async linkSources(
    tx: Queryable,
    recordType: string,
    records: readonly { id: string; links: readonly SourceLink[] }[],
    resolved: ResolvedSources,
  ): Promise<void> {
    const rows = records.flatMap(({ id, links }) =>
      links.map((link, position) => ({
        record_type: recordType,
        record_id: id,
        source_id: resolved.get(linkKey(link))!.id,
        position,
        evidence_start: link.evidence?.start ?? null,
        evidence_end: link.evidence?.end ?? null,
        quote: link.quote ?? null,
      })),
    );
    await insertRows(tx, 'record_sources', rows, sql`ON CONFLICT DO NOTHING`);
  },
};
