/** Builds what readers see of a commitment: its fields, its lines and the state derived from its events. */
import { derivePipeline, type PipelineEvent } from '../../domain/ledger/pipeline.ts';
import type { Qualifier, Visibility } from '../../domain/ledger/vocabulary.ts';
import type { CommitmentRow, EventRow, LineRow } from '../../store/repositories/commitments.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import { fromStoredAlts, toMoneyOutput } from '../ledger/money.ts';
import type { CommitmentOutput } from './commitment.types.ts';

export function toPipelineEvent(e: EventRow): PipelineEvent {
  return {
    seq: e.seq,
    kind: e.kind,
    status: e.status,
    occurredOn: e.occurred_on,
    plannedOn: e.planned_on,
    lineNo: e.line_no,
    quantity: e.quantity,
    increase: e.increase,
    untilOn: e.until_on,
    correctsSeq: e.corrects_seq,
  };
}

export const toPipelineLine = (l: LineRow) => ({ lineNo: l.line_no, quantity: l.quantity });

/** Sales and a donor's refill of its own stocks are part of the flow, never aid. */
export function isAid(row: Pick<CommitmentRow, 'mode' | 'replenishes' | 'donor' | 'recipient'>): boolean {
  return row.mode !== 'sale' && row.replenishes === null && row.donor !== row.recipient;
}

const num = (v: bigint | null) => (v === null ? null : Number(v));

export function toCommitmentView(
  row: CommitmentRow,
  lines: readonly LineRow[],
  events: readonly EventRow[],
  sources: readonly LinkedSource[],
  asOf: string | null,
): CommitmentOutput {
  const visibleEvents = events.filter((e) => asOf === null || e.occurred_on <= asOf);
  const state = derivePipeline(lines.map(toPipelineLine), events.map(toPipelineEvent), asOf);
  return {
    id: row.id,
    donor: row.donor,
    co_donors: row.co_donors,
    recipient: row.recipient,
    mode: row.mode,
    supplier: row.supplier,
    supplier_party: row.supplier_party,
    package: row.package_id,
    items: lines.map((l) => {
      const progress = state.lines.find((p) => p.lineNo === l.line_no);
      return {
        line: l.line_no,
        equipment: l.equipment_id,
        category: l.category,
        quantity: num(progress?.committed ?? l.quantity),
        quantity_qualifier: l.quantity_qualifier as Qualifier | null,
        delivered: Number(progress?.delivered ?? 0n),
      };
    }),
    money:
      row.money_currency === null
        ? null
        : {
            ...toMoneyOutput(row.money_minor, row.money_currency, row.money_qualifier!),
            qualifier: row.money_qualifier as Qualifier,
            value_date: row.money_value_date,
          },
    money_alt: fromStoredAlts(row.money_alt),
    announced_on: row.announced_on,
    announced_at: row.meeting_id,
    replenishes: row.replenishes,
    is_aid: isAid(row),
    state: {
      status: state.status,
      as_of: asOf,
      suspended: state.suspension,
      planned_on: state.plannedOn,
      last_event_on: state.lastEventOn,
    },
    events: visibleEvents.map((e) => ({
      seq: e.seq,
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
    sources: [...sources],
    confidence: row.confidence,
    note: row.notes,
    visibility: row.visibility as Visibility,
    owner_party: row.owner_party,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
