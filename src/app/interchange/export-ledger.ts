/**
 * Exports the ledger as one interchange document: every record the actor may see, in the input
 * shape the import accepts, sorted by id, without versions or times. Exporting, importing into an
 * empty database and exporting again gives the same bytes (see docs/interchange.md).
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments, type CommitmentRow } from '../../store/repositories/commitments.ts';
import type { AppContext } from '../context.ts';
import { ledgerSections, type LedgerSection, type LedgerSectionName } from './ledger-sections.ts';
import { formatMajor } from '../../domain/money/money.ts';
import { summariseConversion, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import { conversions } from '../../store/repositories/conversions.ts';
import { fromStoredAlts } from '../ledger/money.ts';
import {
  exportEditions,
  exportMeetingRecords,
  exportRequirementLists,
  exportSources,
} from './export-sections.ts';
import { exportedSourceRefs, type ExportedSourceRef } from './export-sources.ts';
import { FORMAT, FORMAT_VERSION } from './interchange.ts';

export type Exported = Record<string, unknown> & { id: string };

export interface LedgerExport {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** Every source the caller may see, with its text when the export was asked for texts. */
  sources: Exported[];
  /**
   * Amounts are exported in their own currencies; this names the last ECB rate date a reader
   * converting them to EUR at their value dates would use, and lists those no rate held converts.
   * The import ignores it; an export for the import's own comparison leaves it out.
   */
  exchange_rates?: ConversionSummary;
  equipment: Exported[];
  meetings: Exported[];
  packages: Exported[];
  commitments: Exported[];
  claims: Exported[];
  targets: Exported[];
  /** Which commitment refills the donor's stocks after which donation: linked after all commitments exist. */
  replenishments: { commitment: string; replenishes: string }[];
  people: Exported[];
  policy_events: Exported[];
  /** One record per edition of each requirements list, oldest first. */
  requirements: Exported[];
  meeting_records: Record<string, unknown>[];
  editions: Exported[];
}

export interface ExportOptions {
  /** Include the stored text of each source (`--with-texts`). */
  withTexts?: boolean;
  /** Only the records an import compares with (equipment to policy events), not sources, lists, meeting records or editions. */
  ledgerOnly?: boolean;
  /** Told how many records are written, of how many, as the export goes (and once at the end). */
  progress?: (done: number, total: number) => void;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rows of a section the caller may see, in id order: read first, to know how many records an export writes. */
export async function sectionRows(ctx: AppContext, db: Queryable, section: LedgerSection) {
  return (await section.rows(db, ctx.actor)).sort(byId);
}

export async function sectionRecords(
  ctx: AppContext,
  db: Queryable,
  section: LedgerSection,
  rows: Awaited<ReturnType<typeof sectionRows>>,
): Promise<Exported[]> {
  const views = await section.views(db, ctx.actor, rows);
  const refs = await exportedSourceRefs(
    db,
    section.type,
    rows.map((r) => r.id),
  );
  return views.map((view) => {
    const input = section.asInput(view as never) as Exported;
    return { ...input, sources: refs.get(input.id) ?? [] };
  });
}

const num = (v: bigint | null) => (v === null ? null : Number(v));

/** Commitments are completed with their lines, events and sources this many at a time. */
export const COMMITMENT_BATCH = 2000;

/**
 * Commitments a streamed export reads per page. A page is written before the next is read, so a
 * small one is garbage before the collector's young generation is full and is never promoted:
 * with pages of 2,000 the dead pages piled up in the old generation between full collections
 * (about 150 MB on a 10,000-commitment workbook). The file is the same whatever the size.
 */
export const STREAM_PAGE = 250;

async function exportCommitments(
  db: Queryable,
  rows: CommitmentRow[],
  progress: (records: number) => void,
): Promise<Exported[]> {
  const records: Exported[] = [];
  for (let start = 0; start < rows.length; start += COMMITMENT_BATCH) {
    const batch = rows.slice(start, start + COMMITMENT_BATCH);
    records.push(...(await commitmentRecords(db, batch)));
    progress(batch.length);
  }
  return records;
}

export async function commitmentRecords(db: Queryable, rows: CommitmentRow[]): Promise<Exported[]> {
  const ids = rows.map((r) => r.id);
  const [lines, events, refs] = await Promise.all([
    commitments.lines(db, ids),
    commitments.events(db, ids),
    exportedSourceRefs(db, 'commitment', ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    donor: r.donor,
    co_donors: r.co_donors,
    recipient: r.recipient,
    mode: r.mode,
    supplier: r.supplier,
    supplier_party: r.supplier_party,
    package: r.package_id,
    // Stored quantities: what was pledged, not what increases later raised it to.
    items: (lines.get(r.id) ?? []).map((l) => ({
      equipment: l.equipment_id,
      category: l.category,
      quantity: num(l.quantity),
      quantity_qualifier: l.quantity_qualifier,
    })),
    money:
      r.money_currency === null
        ? null
        : {
            amount:
              r.money_minor === null
                ? null
                : formatMajor({ amount: r.money_minor, currency: r.money_currency }),
            currency: r.money_currency,
            qualifier: r.money_qualifier,
            value_date: r.money_value_date,
          },
    money_alt: fromStoredAlts(r.money_alt),
    announced_on: r.announced_on,
    announced_at: r.meeting_id,
    events: (events.get(r.id) ?? []).map((e) => ({
      kind: e.kind,
      status: e.status,
      date: e.occurred_on,
      planned_on: e.planned_on,
      line: e.line_no,
      quantity: num(e.quantity),
      increase: e.increase,
      until: e.until_on,
      corrects: e.corrects_seq,
      source: e.source_url ?? e.source_id,
      note: e.note,
    })),
    sources: refs.get(r.id) ?? ([] as ExportedSourceRef[]),
    confidence: r.confidence,
    note: r.notes,
    visibility: r.visibility,
    owner_party: r.owner_party,
  }));
}

/**
 * `db` is a transaction when the import compares what it reads with what is stored. `progress` is
 * told how many records are written, of how many: every section's rows are read first (the
 * sections that need no more than their rows are then complete), then the records are made.
 */
export async function exportLedger(
  ctx: AppContext,
  db: Queryable = ctx.db,
  options: ExportOptions = {},
): Promise<LedgerExport> {
  requirePermission(ctx.actor, 'ledger:read');
  const more = !options.ledgerOnly;
  const commitmentRows = await commitments.search(db, { sort: 'id' }, ctx.actor);
  const rows = {
    equipment: await sectionRows(ctx, db, ledgerSections.equipment),
    meetings: await sectionRows(ctx, db, ledgerSections.meetings),
    packages: await sectionRows(ctx, db, ledgerSections.packages),
    claims: await sectionRows(ctx, db, ledgerSections.claims),
    targets: await sectionRows(ctx, db, ledgerSections.targets),
    people: await sectionRows(ctx, db, ledgerSections.people),
    policy_events: await sectionRows(ctx, db, ledgerSections.policy_events),
  };
  const sources = more ? ((await exportSources(ctx, db, options.withTexts ?? false)) as Exported[]) : [];
  const requirements = more ? ((await exportRequirementLists(ctx, db)) as Exported[]) : [];
  const meetingRecords = more ? await exportMeetingRecords(ctx, db) : [];
  const editions = more ? ((await exportEditions(db)) as Exported[]) : [];
  // A summary, not records: not counted in the progress.
  const exchangeRates = more
    ? summariseConversion('EUR', await conversions.ledgerAudit(db, ctx.actor))
    : undefined;
  const visible = new Set(commitmentRows.map((r) => r.id));
  const replenishments = commitmentRows
    .filter((r) => r.replenishes !== null && visible.has(r.replenishes))
    .map((r) => ({ commitment: r.id, replenishes: r.replenishes! }));

  const complete = [sources, requirements, meetingRecords, editions, replenishments];
  const total =
    commitmentRows.length +
    Object.values(rows).reduce((n, r) => n + r.length, 0) +
    complete.reduce((n, section) => n + section.length, 0);
  let done = complete.reduce((n, section) => n + section.length, 0);
  const written = (records: number) => {
    done += records;
    options.progress?.(done, total);
  };
  written(0);
  const records = async (name: LedgerSectionName) => {
    const made = await sectionRecords(ctx, db, ledgerSections[name], rows[name]);
    written(made.length);
    return made;
  };
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    sources,
    ...(more ? { exchange_rates: exchangeRates } : {}),
    equipment: await records('equipment'),
    meetings: await records('meetings'),
    packages: await records('packages'),
    commitments: await exportCommitments(db, commitmentRows, written),
    claims: await records('claims'),
    targets: await records('targets'),
    replenishments,
    people: await records('people'),
    policy_events: await records('policy_events'),
    requirements,
    meeting_records: meetingRecords,
    editions,
  };
}

/** The document as a file: two-space indentation and a final newline. */
export const ledgerJson = (doc: LedgerExport) => `${JSON.stringify(doc, null, 2)}\n`;
