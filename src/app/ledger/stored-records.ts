/**
 * What every stored ledger record other than a commitment shares: its version and times, its
 * sources, its view's common fields, the version check of an update and the audit event of each
 * change. Each record's own use cases (src/app/<area>/create-…, update-…, get-…, list-…) use them.
 */
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { AuditedRecord } from '../../domain/audit/actions.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { sources, type LinkedSource, type RecordType } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { confidence, sourceOutput, visibility, type SourceRef } from './fields.ts';
import { sourceLinks } from './source-links.ts';

interface StoredRow {
  id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** The fields every stored record shows: version and times. */
export function recordMeta(row: StoredRow) {
  return {
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The fields a record that cites sources and carries a visibility shows last: those, version and times. */
export function citedMeta(
  row: StoredRow & { confidence: string | null; visibility: string; owner_party: string | null },
  linked: LinkedSource[],
) {
  return {
    sources: linked,
    confidence: row.confidence as z.infer<typeof confidence> | null,
    visibility: row.visibility as z.infer<typeof visibility>,
    owner_party: row.owner_party,
    ...recordMeta(row),
  };
}

/** Sources of a stored record, as input again (for laying a patch over it). */
export function sourcesAsInput(linked: readonly LinkedSource[]) {
  return linked.map((s) => ({
    ...(s.url ? { url: s.url } : { id: s.id }),
    ...(s.evidence ? { evidence: s.evidence } : {}),
    ...(s.quote ? { quote: s.quote } : {}),
  }));
}

/** Output fields every stored record shows: version and times. */
export const storedFields = { version: z.number().int(), created_at: z.string(), updated_at: z.string() };

/** Output fields of records that cite sources and carry a visibility. */
export const citedFields = {
  sources: z.array(sourceOutput),
  confidence: confidence.nullable(),
  visibility: visibility,
  owner_party: z.string().nullable(),
};

/** An update: the version it is based on, and any of the record's fields. */
export function patchOf<T extends z.ZodRawShape>(fields: T) {
  return z
    .object({ version: z.number().int().min(1), ...fields })
    .partial()
    .required({ version: true })
    .strict();
}

/** An id for a record created without one. */
export const newRecordId = (type: RecordType) => `${type.slice(0, 3)}-${randomUUID().slice(0, 13)}`;

/** The views of stored rows, each with its sources. */
export async function recordViews<Row extends { id: string }, View>(
  db: Queryable,
  type: RecordType,
  rows: readonly Row[],
  toView: (row: Row, linked: LinkedSource[]) => View,
): Promise<View[]> {
  const linked = await sources.linkedTo(
    db,
    type,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toView(row, linked.get(row.id) ?? []));
}

/** A stored row read by id; not found when there is none (absent, or not the caller's to see). */
export function requireFound<Row>(type: RecordType, id: string, row: Row | undefined): Row {
  if (!row) throw new AppError('not_found', `no ${type} ${id}`);
  return row;
}

/** The view of one stored row; not found when there is none. */
export async function recordView<Row extends { id: string }, View>(
  db: Queryable,
  type: RecordType,
  id: string,
  row: Row | undefined,
  toView: (row: Row, linked: LinkedSource[]) => View,
): Promise<View> {
  const [view] = await recordViews(db, type, [requireFound(type, id, row)], toView);
  return view!;
}

/** Refuses an update based on another version than the stored one. */
export function requireVersion(type: RecordType, id: string, stored: number, given: number): void {
  if (stored !== given)
    throw new AppError(
      'version_conflict',
      `${type} ${id} changed since version ${given} (now ${stored}); reload it`,
    );
}

/** An update whose statement matched no row: changed meanwhile, or not the caller's to write. */
export const versionConflict = (type: RecordType, id: string, version: number) =>
  new AppError('version_conflict', `${type} ${id} changed since version ${version}; reload it`);

/**
 * The last steps of a change, once the record's row is written: its sources (when given) linked,
 * its view read back and its audit event appended (before: null for a create). Returns the view.
 */
export async function finishChange<View>(
  ctx: AppContext,
  tx: Queryable,
  change: { type: AuditedRecord; id: string; sources: SourceRef[] | undefined; before: View | null },
  load: () => Promise<View>,
): Promise<View> {
  const { type, id, before } = change;
  if (change.sources || !before) await sources.link(tx, type, id, sourceLinks(change.sources), ctx.actor);
  const after = await load();
  await appendAudit(
    tx,
    {
      actor: ctx.actor.id,
      action: `${type}.${before ? 'update' : 'create'}`,
      recordType: type,
      recordId: id,
      before,
      after,
      requestId: ctx.requestId,
    },
    ctx.clock.now(),
  );
  return after;
}

/** The ownership of a record no party owns (an equipment type, a target): the coordinators' to keep. */
export const unowned = () => ({ owner: null });
