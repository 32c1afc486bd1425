/**
 * Exports the ledger as one interchange document: every record the actor may see, in the input
 * shape the import accepts, sorted by id, without versions or times. Exporting, importing into an
 * empty database and exporting again gives the same bytes (see docs/interchange.md).
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments, type CommitmentRow } from '../../store/repositories/commitments.ts';
import { claimKind } from '../claims/claim.record.ts';
import type { AppContext } from '../context.ts';
import { equipmentKind } from '../equipment/equipment.record.ts';
import { formatMajor } from '../../domain/money/money.ts';
import { summariseConversion, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import { conversions } from '../../store/repositories/conversions.ts';
import { fromStoredAlts } from '../ledger/money.ts';
import { meetingKind } from '../meetings/meeting.record.ts';
import { packageKind } from '../packages/package.record.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { recordStore } from '../records/record-store.ts';
import { targetKind } from '../targets/target.record.ts';
import { personKind } from '../people/person.record.ts';
import { policyEventKind } from '../timeline/policy-event.record.ts';
import {
  exportEditions,
  exportMeetingRecords,
  exportRequirementLists,
  exportSources,
} from './export-sections.ts';
import { exportedSourceRefs, type ExportedSourceRef } from './export-sources.ts';
import { FORMAT, FORMAT_VERSION } from './interchange.ts';

type Exported = Record<string, unknown> & { id: string };

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
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function exportKind(ctx: AppContext, db: Queryable, kind: RecordKind<any, any>): Promise<Exported[]> {
  const rows = (await recordStore.rows(db, kind, ctx.actor)).sort(byId);
  const views = await recordStore.views(db, kind as RecordKind<never, unknown>, rows, ctx.actor);
  const refs = await exportedSourceRefs(
    db,
    kind.type,
    rows.map((r) => r.id),
  );
  return views.map((view) => {
    const input = kind.toInput(view) as Exported;
    return { ...input, sources: refs.get(input.id) ?? [] };
  });
}

const num = (v: bigint | null) => (v === null ? null : Number(v));

async function exportCommitments(
  ctx: AppContext,
  db: Queryable,
): Promise<{ rows: CommitmentRow[]; records: Exported[] }> {
  const rows = await commitments.search(db, { sort: 'id' }, ctx.actor);
  const ids = rows.map((r) => r.id);
  const [lines, events, refs] = await Promise.all([
    commitments.lines(db, ids),
    commitments.events(db, ids),
    exportedSourceRefs(db, 'commitment', ids),
  ]);
  const records = rows.map((r) => ({
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
  return { rows, records };
}

/** `db` is a transaction when the import compares what it reads with what is stored. */
export async function exportLedger(
  ctx: AppContext,
  db: Queryable = ctx.db,
  options: ExportOptions = {},
): Promise<LedgerExport> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, records } = await exportCommitments(ctx, db);
  const visible = new Set(rows.map((r) => r.id));
  const more = !options.ledgerOnly;
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    sources: more ? ((await exportSources(ctx, db, options.withTexts ?? false)) as Exported[]) : [],
    ...(more
      ? { exchange_rates: summariseConversion('EUR', await conversions.ledgerAudit(db, ctx.actor)) }
      : {}),
    equipment: await exportKind(ctx, db, equipmentKind),
    meetings: await exportKind(ctx, db, meetingKind),
    packages: await exportKind(ctx, db, packageKind),
    commitments: records,
    claims: await exportKind(ctx, db, claimKind),
    targets: await exportKind(ctx, db, targetKind),
    replenishments: rows
      .filter((r) => r.replenishes !== null && visible.has(r.replenishes))
      .map((r) => ({ commitment: r.id, replenishes: r.replenishes! })),
    people: await exportKind(ctx, db, personKind),
    policy_events: await exportKind(ctx, db, policyEventKind),
    requirements: more ? ((await exportRequirementLists(ctx, db)) as Exported[]) : [],
    meeting_records: more ? await exportMeetingRecords(ctx, db) : [],
    editions: more ? ((await exportEditions(db)) as Exported[]) : [],
  };
}

/** The document as a file: two-space indentation and a final newline. */
export const ledgerJson = (doc: LedgerExport) => `${JSON.stringify(doc, null, 2)}\n`;
