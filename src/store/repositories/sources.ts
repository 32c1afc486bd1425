import { createHash } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../database.ts';

export type RecordType = 'commitment' | 'package' | 'meeting' | 'claim' | 'equipment' | 'target';

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

/** A stable id for a URL, so that exports and imports agree on it everywhere. */
export const sourceIdForUrl = (url: string) =>
  `src-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;

export const sources = {
  /** The id of the source a link names, creating a URL source the first time it is seen. */
  async resolve(tx: Queryable, link: SourceLink): Promise<string> {
    if (link.id && !link.url) {
      const [found] = await tx.query<{ id: string }>('SELECT id FROM sources WHERE id = $1', [link.id]);
      if (!found)
        throw new AppError('invalid_input', `no stored source ${link.id}`, {
          issues: [{ field: 'sources', message: `unknown source ${link.id}` }],
        });
      return found.id;
    }
    const url = link.url!;
    const id = link.id ?? sourceIdForUrl(url);
    await tx.query(
      `INSERT INTO sources (id, url, publisher, language, published_on, title) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (url) DO UPDATE SET
         publisher = coalesce(sources.publisher, excluded.publisher),
         language = coalesce(sources.language, excluded.language),
         published_on = coalesce(sources.published_on, excluded.published_on),
         title = coalesce(sources.title, excluded.title)`,
      [id, url, link.publisher ?? null, link.language ?? null, link.published_on ?? null, link.title ?? null],
    );
    const [row] = await tx.query<{ id: string }>('SELECT id FROM sources WHERE url = $1', [url]);
    return row!.id;
  },

  /** Replaces the sources of a record by `links`, in order. */
  async link(
    tx: Queryable,
    recordType: RecordType,
    recordId: string,
    links: readonly SourceLink[],
  ): Promise<void> {
    await tx.query('DELETE FROM record_sources WHERE record_type = $1 AND record_id = $2', [
      recordType,
      recordId,
    ]);
    let position = 0;
    for (const link of links) {
      const sourceId = await sources.resolve(tx, link);
      await tx.query(
        `INSERT INTO record_sources (record_type, record_id, source_id, position, evidence_start, evidence_end, quote)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [
          recordType,
          recordId,
          sourceId,
          position++,
          link.evidence?.start ?? null,
          link.evidence?.end ?? null,
          link.quote ?? null,
        ],
      );
    }
  },

  async linkedTo(
    db: Queryable,
    recordType: RecordType,
    recordIds: readonly string[],
  ): Promise<Map<string, LinkedSource[]>> {
    const rows = await db.query<{
      record_id: string;
      id: string;
      url: string | null;
      publisher: string | null;
      evidence_start: number | null;
      evidence_end: number | null;
      quote: string | null;
    }>(
      `SELECT rs.record_id, s.id, s.url, s.publisher, rs.evidence_start, rs.evidence_end, rs.quote
         FROM record_sources rs JOIN sources s ON s.id = rs.source_id
        WHERE rs.record_type = $1 AND rs.record_id = ANY($2::text[])
        ORDER BY rs.record_id, rs.position`,
      [recordType, recordIds],
    );
    const byRecord = new Map<string, LinkedSource[]>();
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
