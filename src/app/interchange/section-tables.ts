/**
 * The flat tables of the sections beyond the ledger's records: source texts (in parts, since a
 * spreadsheet cell holds at most 32,767 characters), requirements lists (editions, requirements,
 * links), meeting records, and editions of external data sets (files, figures, activities).
 */
import type { LedgerExport } from './export-ledger.ts';
import type { LedgerDocument } from './interchange.ts';
import type { LedgerTables } from './ledger-tables.ts';
import type { TableName } from './table-columns.ts';
import { groupBy, records, row, take, type Rec } from './table-rows.ts';

type ReadTables = Partial<Record<TableName, string[][]>>;

/** Under the XLSX cell limit, never splitting a character written as two UTF-16 units. */
const PART = 32_000;

export function textParts(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + PART, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

export function sectionsToTables(
  doc: Pick<LedgerExport, 'sources' | 'requirements' | 'meeting_records' | 'editions'>,
  t: LedgerTables,
): void {
  for (const s of doc.sources) {
    if (typeof s.text !== 'string') continue;
    textParts(s.text).forEach((text, part) =>
      t.source_texts.push(row('source_texts', { source_id: s.id, part, text })),
    );
  }
  for (const list of doc.requirements) {
    const at = { list_id: list.id, edition: list.edition };
    t.requirement_editions.push(row('requirement_editions', { ...list, ...at }));
    for (const r of list.requirements as Rec[]) {
      t.requirements.push(row('requirements', { ...r, ...at }));
      for (const link of (r.links ?? []) as Rec[])
        t.requirement_links.push(row('requirement_links', { ...link, ...at, key: r.key }));
    }
  }
  for (const m of doc.meeting_records) t.meeting_records.push(row('meeting_records', m));
  for (const e of doc.editions) {
    t.editions.push(row('editions', e));
    for (const f of e.files as Rec[]) t.edition_files.push(row('edition_files', { ...f, edition_id: e.id }));
    (e.figures as Rec[]).forEach((f, i) =>
      t.edition_figures.push(row('edition_figures', { ...f, edition_id: e.id, seq: i + 1 })),
    );
    (e.activities as Rec[]).forEach((a, i) =>
      t.edition_activities.push(row('edition_activities', { ...a, edition_id: e.id, seq: i + 1 })),
    );
  }
}

const byKey = (rows: Rec[], keys: readonly string[]) => {
  const map = new Map<string, Rec[]>();
  for (const r of rows) {
    const key = keys.map((k) => String(take(r, [k])[k])).join('\u0000');
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return map;
};

const withoutSeq = (rows: Rec[] | undefined) => (rows ?? []).map((r) => (take(r, ['seq']), r));

export function sectionsFromTables(
  tables: ReadTables,
): Pick<LedgerDocument, 'sources' | 'requirements' | 'meeting_records' | 'editions'> {
  const texts = groupBy(records('source_texts', tables.source_texts), 'source_id', 'part');
  const sources = records('sources', tables.sources).map((s) => {
    const parts = texts.get(s.id as string);
    return parts ? { ...s, text: parts.map((p) => p.text ?? '').join('') } : s;
  });

  const requirements = byKey(records('requirements', tables.requirements), ['list_id', 'edition']);
  const links = byKey(records('requirement_links', tables.requirement_links), ['list_id', 'edition', 'key']);
  const lists = records('requirement_editions', tables.requirement_editions).map((e) => {
    const id = e.list_id as string;
    const key = `${id}\u0000${String(e.edition)}`;
    take(e, ['list_id']);
    return {
      id,
      ...e,
      requirements: (requirements.get(key) ?? []).map((r) => {
        const own = links.get(`${key}\u0000${String(r.key)}`);
        return own ? { ...r, links: own } : r;
      }),
    };
  });

  const files = byKey(records('edition_files', tables.edition_files), ['edition_id']);
  const figures = groupBy(records('edition_figures', tables.edition_figures), 'edition_id', 'seq');
  const activities = groupBy(records('edition_activities', tables.edition_activities), 'edition_id', 'seq');
  const editions = records('editions', tables.editions).map((e) => {
    const id = e.id as string;
    return {
      ...e,
      files: files.get(id) ?? [],
      figures: withoutSeq(figures.get(id)),
      activities: withoutSeq(activities.get(id)),
    };
  });

  return {
    sources,
    requirements: lists,
    meeting_records: records('meeting_records', tables.meeting_records),
    editions,
  };
}
