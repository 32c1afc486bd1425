/**
 * The interchange document as flat tables (CSV files, XLSX sheets) and back. Tables are derived
 * from the JSON document, so both carry the same records, ids and sources.
 */
import { sourceIdForUrl } from '../../store/repositories/sources.ts';
import type { LedgerExport } from './export-ledger.ts';
import type { ExportedSourceRef } from './export-sources.ts';
import type { LedgerDocument } from './interchange.ts';
import { tableNames, type TableName } from './table-columns.ts';
import { sectionsFromTables, sectionsToTables } from './section-tables.ts';
import { groupBy, records, row, take, type Rec } from './table-rows.ts';

/** Rows of cells per table, without the header row (which is `tableColumns[name]`). */
export type LedgerTables = Record<TableName, string[][]>;

export const linkedKinds = [
  ['equipment', 'equipment'],
  ['meetings', 'meeting'],
  ['packages', 'package'],
  ['commitments', 'commitment'],
  ['claims', 'claim'],
  ['targets', 'target'],
  ['people', 'person'],
  ['policy_events', 'policy_event'],
] as const;

const flatMoney = (field: string, money: Rec | null | undefined, withDate: boolean): Rec => ({
  [`${field}_amount`]: money?.amount,
  [`${field}_currency`]: money?.currency,
  [`${field}_qualifier`]: money?.qualifier,
  ...(withDate ? { [`${field}_value_date`]: money?.value_date } : {}),
});

/** The link rows (table record_sources) of one record, each cited source noted in `cited` when first seen. */
export function sourceLinkRows(type: string, record: Rec, cited: Map<string, Rec>): string[][] {
  return ((record.sources ?? []) as ExportedSourceRef[]).map((ref, position) => {
    const r: Rec = typeof ref === 'string' ? { url: ref } : ref;
    const id = (r.id as string | undefined) ?? sourceIdForUrl(r.url as string);
    if (!cited.has(id)) cited.set(id, { ...r, id });
    const evidence = r.evidence as { start: number; end: number } | undefined;
    return row('record_sources', {
      record_type: type,
      record_id: record.id,
      position,
      source_id: id,
      url: r.url,
      evidence_start: evidence?.start,
      evidence_end: evidence?.end,
      quote: r.quote,
    });
  });
}

/**
 * Table sources: every source the caller may see, cited or not (an ingested article before
 * review, say), and every cited one, in id order.
 */
export function sourceRows(cited: Map<string, Rec>, stored: readonly Rec[]): string[][] {
  const sources = new Map(cited);
  for (const s of stored) sources.set(s.id as string, { ...sources.get(s.id as string), ...s });
  return [...sources.values()]
    .sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1))
    .map((s) => row('sources', s));
}

export const packageRow = (p: Rec) => row('packages', { ...p, ...flatMoney('value', p.value as Rec, false) });

export const packageFunderRows = (p: Rec) =>
  ((p.funders ?? []) as Rec[]).map((f, position) =>
    row('package_funders', { ...f, package_id: p.id, position }),
  );

/** A commitment's row, with the id of the commitment it replenishes when the reader may see that one. */
export const commitmentRow = (c: Rec, replenishes: string | undefined) =>
  row('commitments', { ...c, ...flatMoney('money', c.money as Rec, true), replenishes });

export const commitmentLineRows = (c: Rec) =>
  (c.items as Rec[]).map((item, i) => row('commitment_lines', { ...item, commitment_id: c.id, line: i + 1 }));

export const commitmentEventRows = (c: Rec) =>
  (c.events as Rec[]).map((event, i) =>
    row('commitment_events', { ...event, commitment_id: c.id, seq: i + 1 }),
  );

export const emptyTables = () =>
  Object.fromEntries(tableNames.map((n) => [n, [] as string[][]])) as LedgerTables;

export function toTables(doc: LedgerExport): LedgerTables {
  const t = emptyTables();
  const cited = new Map<string, Rec>();
  const replenishes = new Map(doc.replenishments.map((r) => [r.commitment, r.replenishes]));
  for (const [section, type] of linkedKinds)
    for (const record of doc[section]) t.record_sources.push(...sourceLinkRows(type, record, cited));
  for (const e of doc.equipment) t.equipment.push(row('equipment', e));
  for (const m of doc.meetings) t.meetings.push(row('meetings', m));
  for (const p of doc.packages) {
    t.packages.push(packageRow(p));
    t.package_funders.push(...packageFunderRows(p));
  }
  for (const c of doc.commitments) {
    t.commitments.push(commitmentRow(c, replenishes.get(c.id)));
    t.commitment_lines.push(...commitmentLineRows(c));
    t.commitment_events.push(...commitmentEventRows(c));
  }
  for (const c of doc.claims) t.claims.push(row('claims', c));
  for (const target of doc.targets) t.targets.push(row('targets', target));
  sectionsToTables(doc, t);
  for (const p of doc.people) t.people.push(row('people', p));
  for (const e of doc.policy_events) t.policy_events.push(row('policy_events', e));
  t.sources = sourceRows(cited, doc.sources);
  return t;
}

function unflatMoney(record: Rec, field: string, withDate: boolean): Rec | undefined {
  const m = take(record, [
    `${field}_amount`,
    `${field}_currency`,
    `${field}_qualifier`,
    `${field}_value_date`,
  ]);
  if (m[`${field}_currency`] === undefined) return undefined;
  return {
    amount: m[`${field}_amount`] ?? null,
    currency: m[`${field}_currency`],
    ...(m[`${field}_qualifier`] !== undefined ? { qualifier: m[`${field}_qualifier`] } : {}),
    ...(withDate && m[`${field}_value_date`] !== undefined ? { value_date: m[`${field}_value_date`] } : {}),
  };
}

/** Tables (each with its header row) back to an interchange document, ready for `importLedger`. */
export function fromTables(tables: Partial<Record<TableName, string[][]>>): LedgerDocument {
  const metadata = new Map(records('sources', tables.sources).map((s) => [s.id as string, s]));
  const links = new Map<string, Rec[]>();
  for (const link of records('record_sources', tables.record_sources)) {
    const key = `${link.record_type}/${link.record_id}`;
    links.set(key, [...(links.get(key) ?? []), link]);
  }
  const sourcesOf = (type: string, id: string) =>
    (links.get(`${type}/${id}`) ?? [])
      .sort((a, b) => (a.position as number) - (b.position as number))
      .map((l) => {
        const {
          id: sourceId,
          publisher,
          language,
          published_on,
          title,
        } = metadata.get(l.source_id as string) ?? {};
        const meta = Object.fromEntries(
          Object.entries({ publisher, language, published_on, title }).filter(([, v]) => v !== undefined),
        );
        const ref: Rec = {
          ...(l.url ? { url: l.url } : {}),
          ...(!l.url || sourceIdForUrl(l.url as string) !== l.source_id
            ? { id: l.source_id ?? sourceId }
            : {}),
          ...meta,
          ...(l.evidence_start !== undefined
            ? { evidence: { start: l.evidence_start, end: l.evidence_end } }
            : {}),
          ...(l.quote !== undefined ? { quote: l.quote } : {}),
        };
        return Object.keys(ref).length === 1 && ref.url ? ref.url : ref;
      });
  const withSources = (type: string) => (r: Rec) => ({ ...r, sources: sourcesOf(type, r.id as string) });

  const funders = groupBy(records('package_funders', tables.package_funders), 'package_id', 'position');
  const lines = groupBy(records('commitment_lines', tables.commitment_lines), 'commitment_id', 'line');
  const events = groupBy(records('commitment_events', tables.commitment_events), 'commitment_id', 'seq');
  const replenishments: Rec[] = [];
  const commitments = records('commitments', tables.commitments).map((c) => {
    const money = unflatMoney(c, 'money', true);
    const replenishes = take(c, ['replenishes']).replenishes;
    if (replenishes !== undefined) replenishments.push({ commitment: c.id, replenishes });
    const id = c.id as string;
    return {
      ...withSources('commitment')(c),
      ...(money ? { money } : {}),
      items: (lines.get(id) ?? []).map((l) => (take(l, ['line']), l)),
      events: (events.get(id) ?? []).map((e) => (take(e, ['seq']), e)),
    };
  });
  return {
    equipment: records('equipment', tables.equipment).map(withSources('equipment')),
    meetings: records('meetings', tables.meetings).map(withSources('meeting')),
    packages: records('packages', tables.packages).map((p) => {
      const value = unflatMoney(p, 'value', false);
      return {
        ...withSources('package')(p),
        ...(value ? { value } : {}),
        funders: (funders.get(p.id as string) ?? []).map((f) => (take(f, ['position']), f)),
      };
    }),
    commitments,
    claims: records('claims', tables.claims).map(withSources('claim')),
    targets: records('targets', tables.targets).map(withSources('target')),
    replenishments,
    people: records('people', tables.people).map(withSources('person')),
    policy_events: records('policy_events', tables.policy_events).map(withSources('policy_event')),
    ...sectionsFromTables(tables),
  };
}
