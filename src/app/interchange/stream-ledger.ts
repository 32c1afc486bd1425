/**
 * The ledger document of a streamed export: the sections and bytes of `exportLedger` for the same
 * reader, but nothing is read before it is written. Commitments come from the repository a batch
 * at a time while the writer (writeLedgerJson) writes them, and every other section is read when
 * the writer reaches it. Filters, those of the ledger list, choose the commitments; the other
 * sections are whole, so that the file imports on its own.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { Status } from '../../domain/ledger/vocabulary.ts';
import { summariseConversion } from '../../domain/money/conversion-summary.ts';
import type { Queryable } from '../../store/database.ts';
import {
  commitments,
  type CommitmentFilter,
  type CommitmentRow,
} from '../../store/repositories/commitments.ts';
import { conversions } from '../../store/repositories/conversions.ts';
import type { AppContext } from '../context.ts';
import {
  STREAM_PAGE,
  commitmentRecords,
  sectionRecords,
  sectionRows,
  type Exported,
} from './export-ledger.ts';
import {
  exportEditions,
  exportMeetingRecords,
  exportRequirementLists,
  exportSources,
} from './export-sections.ts';
import { FORMAT, FORMAT_VERSION } from './interchange.ts';
import type { LazySection } from './ledger-json-stream.ts';
import { ledgerSections, type LedgerSectionName } from './ledger-sections.ts';

export interface StreamedExportOptions {
  withTexts?: boolean;
  /** The ledger list's filters: which commitments the file holds. */
  filter?: Omit<CommitmentFilter, 'sort'> & { status?: Status };
}

/** The sections other than commitments and replenishments, each read when called: whole, in id order. */
export function ledgerSectionReaders(ctx: AppContext, db: Queryable, withTexts: boolean) {
  const records = (name: LedgerSectionName) => async () => {
    const section = ledgerSections[name];
    return sectionRecords(ctx, db, section, await sectionRows(ctx, db, section));
  };
  return {
    sources: () => exportSources(ctx, db, withTexts) as Promise<Exported[]>,
    exchange_rates: async () => summariseConversion('EUR', await conversions.ledgerAudit(db, ctx.actor)),
    equipment: records('equipment'),
    meetings: records('meetings'),
    packages: records('packages'),
    claims: records('claims'),
    targets: records('targets'),
    people: records('people'),
    policy_events: records('policy_events'),
    requirements: () => exportRequirementLists(ctx, db) as Promise<Exported[]>,
    meeting_records: () => exportMeetingRecords(ctx, db),
    editions: () => exportEditions(db) as Promise<Exported[]>,
  };
}

/**
 * The commitments the filters choose, in id order, `size` at a time (keyset pages of the
 * repository): each batch's stored rows and their records, complete with lines, events and sources.
 */
export async function* commitmentBatches(
  ctx: AppContext,
  db: Queryable,
  options: StreamedExportOptions & { size?: number } = {},
): AsyncIterable<{ rows: CommitmentRow[]; records: Exported[] }> {
  const { status, ...filter } = options.filter ?? {};
  const size = options.size ?? STREAM_PAGE;
  for await (const rows of commitments.batches(db, filter, ctx.actor, { size, status }))
    yield { rows, records: await commitmentRecords(db, rows) };
}

export function streamedLedger(
  ctx: AppContext,
  db: Queryable,
  options: StreamedExportOptions = {},
): Record<string, LazySection> {
  requirePermission(ctx.actor, 'ledger:read');
  const read = ledgerSectionReaders(ctx, db, options.withTexts ?? false);
  // Replenishments link two written commitments: collected while the commitments are written.
  const written = new Set<string>();
  const replenishing: { commitment: string; replenishes: string }[] = [];
  async function* batches(): AsyncIterable<Exported[]> {
    for await (const { rows, records } of commitmentBatches(ctx, db, options)) {
      for (const r of rows) {
        written.add(r.id);
        if (r.replenishes !== null) replenishing.push({ commitment: r.id, replenishes: r.replenishes });
      }
      yield records;
    }
  }
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    sources: read.sources,
    exchange_rates: read.exchange_rates,
    equipment: read.equipment,
    meetings: read.meetings,
    packages: read.packages,
    commitments: batches(),
    claims: read.claims,
    targets: read.targets,
    replenishments: async () => replenishing.filter((r) => written.has(r.replenishes)),
    people: read.people,
    policy_events: read.policy_events,
    requirements: read.requirements,
    meeting_records: read.meeting_records,
    editions: read.editions,
  };
}
