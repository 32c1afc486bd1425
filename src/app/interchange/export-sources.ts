/**
 * Source references of exported records, in the shape the import accepts: a bare URL when the
 * link carries nothing else, otherwise an object with the source's metadata and evidence span.
 * The id is only written when it is not the one derived from the URL, so ids stay stable.
 */
import type { Queryable } from '../../store/database.ts';
import {
  sourceIdForUrl,
  sources,
  type ExportedLinkRow,
  type RecordType,
} from '../../store/repositories/sources.ts';

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

function toRef(r: ExportedLinkRow): ExportedSourceRef {
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
  const rows = await sources.exportedLinks(db, type, ids);
  const byRecord = new Map<string, ExportedSourceRef[]>();
  for (const r of rows) byRecord.set(r.record_id, [...(byRecord.get(r.record_id) ?? []), toRef(r)]);
  return byRecord;
}
