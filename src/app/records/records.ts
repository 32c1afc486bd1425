/** Create, update, get and list for every record kind, each with its permission check and audit event. */
import { randomUUID } from 'node:crypto';
import {
  idTaken,
  requirePermission,
  requireWrite as requireWriteOf,
} from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { appendAudit } from '../../store/audit.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { sourceLinks } from '../ledger/source-links.ts';
import type { SourceRef } from '../ledger/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { recordStore } from './record-store.ts';

type Input = {
  id?: string | undefined;
  sources?: SourceRef[] | undefined;
  owner_party?: string | null | undefined;
};

/** The owner of a record and the parties it speaks for (a claim's party, a package's funders). */
export function requireRecordWrite(
  ctx: AppContext,
  kind: RecordKind<Input, unknown>,
  columns: Record<string, unknown>,
  input: Input,
) {
  const owner = kind.visibility ? ((columns.owner_party as string | null) ?? null) : null;
  const speaksFor = [columns.party as string | null, ...(kind.speaksFor?.(input) ?? [])];
  requireWriteOf(ctx.actor, { owner, speaksFor });
}

/** An id for a record created without one. */
export const newRecordId = (kind: { type: string }) =>
  `${kind.type.slice(0, 3)}-${randomUUID().slice(0, 13)}`;

export async function loadRecord<Output>(
  ctx: AppContext,
  db: Queryable,
  kind: RecordKind<Input, Output>,
  id: string,
): Promise<Output> {
  const [row] = await recordStore.rows(db, kind, ctx.actor, { id });
  if (!row) throw new AppError('not_found', `no ${kind.type} ${id}`);
  const [view] = await recordStore.views(db, kind as RecordKind<never, Output>, [row], ctx.actor);
  return view!;
}

/** Inserts inside an open transaction (also used by import). */
export async function insertRecord<I extends Input, Output>(
  ctx: AppContext,
  tx: Queryable,
  kind: RecordKind<I, Output>,
  input: I,
): Promise<Output> {
  const id = input.id ?? newRecordId(kind);
  const columns = await kind.toColumns(tx, input, id);
  requireRecordWrite(ctx, kind as RecordKind<Input, unknown>, columns, input);
  if (await recordStore.exists(tx, kind, id)) throw idTaken(kind.type, id);
  await recordStore.insert(tx, kind, id, columns);
  await kind.children?.save(ctx, tx, id, input);
  await sources.link(tx, kind.type, id, sourceLinks(input.sources), ctx.actor);
  const view = await loadRecord(ctx, tx, kind as RecordKind<Input, Output>, id);
  await appendAudit(
    tx,
    {
      actor: ctx.actor.id,
      action: `${kind.type}.create`,
      recordType: kind.type,
      recordId: id,
      before: null,
      after: view,
      requestId: ctx.requestId,
    },
    ctx.clock.now(),
  );
  return view;
}

export function createRecord<I extends Input, Output>(
  ctx: AppContext,
  kind: RecordKind<I, Output>,
  input: I,
): Promise<Output> {
  return ctx.db.transaction((tx) => insertRecord(ctx, tx, kind, input));
}

/** Updates inside an open transaction when `patch.version` is current (also used by import). */
export async function applyRecordUpdate<I extends Input, Output extends { version: number }>(
  ctx: AppContext,
  tx: Queryable,
  kind: RecordKind<I, Output>,
  id: string,
  patch: Partial<I> & { version: number },
): Promise<Output> {
  const before = await loadRecord(ctx, tx, kind as RecordKind<Input, Output>, id);
  const { version, ...changes } = patch;
  const current = kind.toInput(before);
  requireRecordWrite(ctx, kind as RecordKind<Input, unknown>, await kind.toColumns(tx, current, id), current);
  if (before.version !== version) {
    throw new AppError(
      'version_conflict',
      `${kind.type} ${id} changed since version ${version} (now ${before.version}); reload it`,
    );
  }
  const merged = { ...current, ...changes } as I;
  const columns = await kind.toColumns(tx, merged, id);
  requireRecordWrite(ctx, kind as RecordKind<Input, unknown>, columns, merged);
  if (!(await recordStore.update(tx, kind, id, version, columns, ctx.clock.now()))) {
    throw new AppError('version_conflict', `${kind.type} ${id} changed since version ${version}; reload it`);
  }
  await kind.children?.save(ctx, tx, id, merged);
  if (changes.sources) await sources.link(tx, kind.type, id, sourceLinks(changes.sources), ctx.actor);
  const after = await loadRecord(ctx, tx, kind as RecordKind<Input, Output>, id);
  await appendAudit(
    tx,
    {
      actor: ctx.actor.id,
      action: `${kind.type}.update`,
      recordType: kind.type,
      recordId: id,
      before,
      after,
      requestId: ctx.requestId,
    },
    ctx.clock.now(),
  );
  return after;
}

export function updateRecord<I extends Input, Output extends { version: number }>(
  ctx: AppContext,
  kind: RecordKind<I, Output>,
  id: string,
  patch: Partial<I> & { version: number },
): Promise<Output> {
  return ctx.db.transaction((tx) => applyRecordUpdate(ctx, tx, kind, id, patch));
}

export async function getRecord<Output>(
  ctx: AppContext,
  kind: RecordKind<Input, Output>,
  id: string,
): Promise<Output> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadRecord(ctx, ctx.db, kind, id);
}

export async function listRecords<Output>(
  ctx: AppContext,
  kind: RecordKind<Input, Output>,
  filter: Record<string, unknown>,
  page: { limit: number; offset: number },
): Promise<{ items: Output[]; total: number }> {
  requirePermission(ctx.actor, 'ledger:read');
  const { rows, total } = await recordStore.page(ctx.db, kind, ctx.actor, filter, page);
  const items = await recordStore.views(ctx.db, kind as RecordKind<never, Output>, rows, ctx.actor);
  return { items, total };
}

/** The fields a kind's list can be filtered by. */
export function recordFilterNames(kind: RecordKind<Input, unknown>): string[] {
  return recordStore.filterNames(kind);
}
