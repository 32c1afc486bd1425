/**
 * Source references of exported records, in the shape the import accepts: a bare URL when the
 * link carries nothing else, otherwise an object with the source's metadata and evidence span.
 * The id is only written when it is not the one derived from the URL, so ids stay stable.
 */
import type { Queryable } from '../../store/database.ts';
import { sourceIdForUrl, type RecordType } from '../../store/repositories/sources.ts';

export type ExportedSourceRef =
  | string
  | {
      url?: string;
      id?: string;
      publisher?: string;
      language?: string;
      published_on?: string;
      title?: string;
      evidence?: { start: number; end: number };
      quote?: string;
    };

interface LinkRow {
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

function toRef(r: LinkRow): ExportedSourceRef {
  const ref = {
    ...(r.url ? { url: r.url } : {}),
    ...(!r.url || sourceIdForUrl(r.url) !== r.source_id ? { id: r.source_id } : {}),
    ...(r.publisher ? { publisher: r.publisher } : {}),
    ...(r.language ? { language: r.language } : {}),
    ...(r.published_on ? { published_on: r.published_on } : {}),
    ...(r.title ? { title: r.title } : {}),
    ...(r.evidence_start !== null
      ? { evidence: { start: r.evidence_start, end: r.evidence_end ?? r.evidence_start } }
      : {}),
    ...(r.quote ? { quote: r.quote } : {}),
  };
  const keys = Object.keys(ref);
  return keys.length === 1 && keys[0] === 'url' ? r.url! : ref;
}

/** The sources of each record of a type, in their recorded order. */
export async function exportedSourceRefs(
  db: Queryable,
  type: RecordType,
  ids: readonly string[],
): Promise<Map<string, ExportedSourceRef[]>> {
  const rows = await db.query<LinkRow>(
    `SELECT rs.record_id, rs.source_id, s.url, s.publisher, s.language, s.published_on, s.title,
            rs.evidence_start, rs.evidence_end, rs.quote
       FROM record_sources rs JOIN sources s ON s.id = rs.source_id
      WHERE rs.record_type = $1 AND rs.record_id = ANY($2::text[])
      ORDER BY rs.record_id, rs.position`,
    [type, ids],
  );
  const byRecord = new Map<string, ExportedSourceRef[]>();
  for (const r of rows) byRecord.set(r.record_id, [...(byRecord.get(r.record_id) ?? []), toRef(r)]);
  return byRecord;
}
