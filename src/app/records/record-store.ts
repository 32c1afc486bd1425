/** The record kinds' rows (src/store/repositories/records.ts) and their views. */
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../../store/database.ts';
import { records } from '../../store/repositories/records.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { RecordKind, Row } from './record-kind.ts';

/** The store's record rows, and their views with sources and child rows. */
export const recordStore = {
  ...records,

  async views<Output>(
    db: Queryable,
    kind: RecordKind<never, Output>,
    rows: Row[],
    actor: Actor,
  ): Promise<Output[]> {
    const ids = rows.map((r) => r.id);
    const [linked, children] = await Promise.all([
      sources.linkedTo(db, kind.type, ids),
      kind.children ? kind.children.load(db, ids, actor) : Promise.resolve(new Map<string, unknown[]>()),
    ]);
    return rows.map((row) => kind.toView(row, linked.get(row.id) ?? [], children));
  },
};
