/**
 * Creates many new records of an import at once: every record is checked first (references
 * looked up once for the batch, pipeline rules, the caller's right to write it, its source
 * links), then each table gets multi-row INSERTs, the stored views are read back in one pass
 * and their audit events are chained in the application and written together. The same rows,
 * views and audit events as creating the records one by one, at a fraction of the statements.
 */
import type { AuditedRecord } from '../../domain/audit/actions.ts';
import { requireWrite } from '../../domain/access/permissions.ts';
import { appendAuditMany, type AuditEntry } from '../../store/audit.ts';
import { insertRows } from '../../store/bulk.ts';
import { rememberingReads } from '../../store/remembered-reads.ts';
import type { Queryable } from '../../store/database.ts';
import type { EventRow, LineRow } from '../../store/repositories/commitments.ts';
import { ledgerImport, linkKey, type ResolvedSources } from '../../store/repositories/ledger-import.ts';
import {
  checkWebUrl,
  unknownSource,
  type LinkedSource,
  type SourceLink,
} from '../../store/repositories/sources.ts';
import type { CommitmentInput } from '../commitments/commitment.types.ts';
import {
  commitmentReferences,
  commitmentRow,
  newCommitmentId,
  supplierCode,
} from '../commitments/commitment-row.ts';
import { toCommitmentView, toPipelineEvent, toPipelineLine } from '../commitments/commitment-view.ts';
import { inputEvents } from '../commitments/create-commitment.ts';
import { atEvent, checkedEvent } from '../commitments/new-event.ts';
import type { AppContext } from '../context.ts';
import { loadKnownReferences } from '../ledger/references.ts';
import type { SourceRef } from '../ledger/fields.ts';
import { sourceLinks } from '../ledger/source-links.ts';
import { newRecordId } from '../ledger/stored-records.ts';
import type { LedgerSection } from './ledger-sections.ts';
import { namedError, naming, namingNow } from './import-errors.ts';

/** A record of the import document: its validated input and where it is in the document. */
export interface Placed<I> {
  input: I;
  at: string;
  /** The record as written in the document. */
  raw: unknown;
}

type Input = { id?: string | undefined; sources?: SourceRef[] | undefined };

/** Source links of a record, checked: http(s) URLs only. */
function checkedLinks(links: SourceLink[]): SourceLink[] {
  for (const link of links) if (link.url) checkWebUrl(link.url);
  return links;
}

/** Every link resolved, or the error for the first record citing an unknown (or hidden) source. */
function requireResolved(resolved: ResolvedSources, records: { at: string; links: SourceLink[] }[]) {
  for (const { at, links } of records) {
    const lost = links.find((l) => !resolved.has(linkKey(l)));
    if (lost) throw namedError(at, unknownSource(lost.id ?? ''));
  }
}

/** A record citing one source twice keeps the first citation (the store skips the second). */
function dedupedLinks(links: LinkedSource[]): LinkedSource[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.id) && !!seen.add(l.id));
}

async function audit(ctx: AppContext, tx: Queryable, type: AuditedRecord, views: Map<string, unknown>) {
  const entries: AuditEntry[] = [...views].map(([id, view]) => ({
    actor: ctx.actor.id,
    action: `${type}.create` as const,
    recordType: type,
    recordId: id,
    before: null,
    after: view,
    requestId: ctx.requestId,
  }));
  await appendAuditMany(tx, entries, ctx.clock.now());
}

/** Creates new records of one section (no record with their ids exists); returns their ids in order. */
export async function createRecordsInBulk<I extends Input>(
  ctx: AppContext,
  tx: Queryable,
  section: LedgerSection,
  records: readonly Placed<I>[],
): Promise<string[]> {
  const planned: { id: string; input: I; at: string; row: object; links: SourceLink[] }[] = [];
  // Nothing is written while the records are checked: the same reference is looked up once.
  const lookups = rememberingReads(tx);
  for (const { input, at } of records) {
    const id = input.id ?? newRecordId(section.type);
    const row = await naming(at, () => section.toRow(lookups, id, input as never));
    const links = namingNow(at, () => {
      requireWrite(ctx.actor, section.ownership(row as never, input as never));
      return checkedLinks(sourceLinks(input.sources));
    });
    planned.push({ id, input, at, row, links });
  }
  const resolved = await ledgerImport.resolveSources(
    tx,
    planned.flatMap((p) => p.links),
    ctx.actor,
  );
  requireResolved(resolved, planned);
  await insertRows(
    tx,
    section.table,
    planned.map((p) => p.row as Record<string, unknown>),
  );
  await section.afterInsert?.(ctx, tx, planned as never, (index, work) =>
    namingNow(planned[index]!.at, work),
  );
  await ledgerImport.linkSources(tx, section.type, planned, resolved);
  const ids = planned.map((p) => p.id);
  const rows = (await ledgerImport.rowsById(tx, section.table, ids)) as { id: string }[];
  const views = await section.views(tx, ctx.actor, rows);
  const byId = new Map(rows.map((r, i) => [r.id, views[i]]));
  await audit(ctx, tx, section.type, new Map(ids.map((id) => [id, byId.get(id)])));
  return ids;
}

/** Creates new commitments with their lines, events and sources; returns their ids in order. */
export async function createCommitmentsInBulk(
  ctx: AppContext,
  tx: Queryable,
  records: readonly Placed<CommitmentInput>[],
): Promise<string[]> {
  const checks = records.flatMap(({ input }) => [
    ...commitmentReferences(input),
    { kind: 'party' as const, field: 'supplier', values: [supplierCode(input.supplier)] },
  ]);
  const known = await loadKnownReferences(tx, checks);
  // A commitment may replenish one created before it in the same document.
  const commitmentIds = new Set(known.commitment);
  const planned = [];
  for (const { input, at } of records) {
    const id = input.id ?? newCommitmentId();
    planned.push(
      namingNow(at, () => {
        const { row, lines } = commitmentRow({ ...known, commitment: commitmentIds }, id, input);
        requireWrite(ctx.actor, { owner: row.owner_party, speaksFor: [row.donor] });
        const lineRows: LineRow[] = lines.map((l) => ({ ...l, commitment_id: id }));
        const events = inputEvents(input);
        if (!events.some((e) => e.kind === 'status') && input.announced_on) {
          events.unshift({ kind: 'status', status: 'announced', date: input.announced_on, increase: false });
        }
        const eventRows: (EventRow & { source: SourceLink | null })[] = [];
        events.forEach((e, i) => {
          try {
            const event = checkedEvent(lineRows.map(toPipelineLine), eventRows.map(toPipelineEvent), e);
            eventRows.push({
              commitment_id: id,
              seq: i + 1,
              kind: event.kind,
              status: event.status,
              occurred_on: event.occurredOn,
              planned_on: event.plannedOn,
              line_no: event.lineNo,
              quantity: event.quantity,
              increase: event.increase,
              until_on: event.untilOn,
              corrects_seq: event.correctsSeq,
              note: e.note ?? null,
              source_id: null,
              source_url: null,
              source: e.source ? checkedLinks(sourceLinks([e.source]))[0]! : null,
            });
          } catch (error) {
            throw atEvent(i, error);
          }
        });
        const links = checkedLinks(sourceLinks(input.sources));
        commitmentIds.add(id);
        return { id, at, row, lineRows, eventRows, links };
      }),
    );
  }
  const resolved = await ledgerImport.resolveSources(
    tx,
    planned.flatMap((p) => [...p.links, ...p.eventRows.flatMap((e) => (e.source ? [e.source] : []))]),
    ctx.actor,
  );
  requireResolved(
    resolved,
    planned.map((p) => ({
      at: p.at,
      links: [...p.links, ...p.eventRows.flatMap((e) => (e.source ? [e.source] : []))],
    })),
  );
  await insertRows(
    tx,
    'commitments',
    planned.map((p) => ({ ...p.row, money_alt: JSON.stringify(p.row.money_alt) })),
  );
  await insertRows(
    tx,
    'commitment_lines',
    planned.flatMap((p) => p.lineRows.map((l) => ({ ...l }))),
  );
  await insertRows(
    tx,
    'commitment_events',
    planned.flatMap((p) =>
      p.eventRows.map(({ source, source_url: _url, ...e }) => ({
        ...e,
        source_id: source ? resolved.get(linkKey(source))!.id : null,
      })),
    ),
  );
  await ledgerImport.linkSources(tx, 'commitment', planned, resolved);
  // The views are built from what was written, as a reader would load them: no reload.
  const at = await ledgerImport.transactionStart(tx);
  const linked = (links: readonly SourceLink[]): LinkedSource[] =>
    links.map((link) => ({
      ...resolved.get(linkKey(link))!,
      evidence: link.evidence ? { start: link.evidence.start, end: link.evidence.end } : null,
      quote: link.quote ?? null,
    }));
  const views = new Map(
    planned.map((p) => [
      p.id,
      toCommitmentView(
        { ...p.row, version: 1, created_at: at, updated_at: at },
        p.lineRows,
        p.eventRows.map(({ source, ...e }) => {
          const stored = source ? resolved.get(linkKey(source))! : null;
          return { ...e, source_id: stored?.id ?? null, source_url: stored?.url ?? null };
        }),
        dedupedLinks(linked(p.links)),
        null,
      ),
    ]),
  );
  await audit(ctx, tx, 'commitment', views);
  return planned.map((p) => p.id);
}
