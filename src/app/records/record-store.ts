/** Generic SQL for the record kinds: one row per record, version-checked updates, visibility in every read. */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo } from '../../domain/access/visibility.ts';
import type { Queryable } from '../../store/database.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { RecordKind, Row } from './record-kind.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = RecordKind<any, any>;

function visibilityClause(kind: AnyKind, actor: Actor, next: number) {
  return kind.visibility ? visibleTo(actor, 't', next) : { sql: 'TRUE', params: [] };
}

export const recordStore = {
  async insert(tx: Queryable, kind: AnyKind, id: string, columns: Record<string, unknown>): Promise<void> {
    const names = ['id', ...Object.keys(columns)];
    await tx.query(
      `INSERT INTO ${kind.table} (${names.join(', ')}) VALUES (${names.map((_n, i) => `$${i + 1}`).join(', ')})`,
      [id, ...Object.values(columns)],
    );
  },

  async update(
    tx: Queryable,
    kind: AnyKind,
    id: string,
    version: number,
    columns: Record<string, unknown>,
    at: Date,
  ) {
    const names = Object.keys(columns);
    const rows = await tx.query(
      `UPDATE ${kind.table} SET ${names.map((n, i) => `${n} = $${i + 3}`).join(', ')},
              version = version + 1, updated_at = $${names.length + 3}
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, ...Object.values(columns), at],
    );
    return rows.length === 1;
  },

  async exists(db: Queryable, kind: AnyKind, id: string): Promise<boolean> {
    return (await db.query(`SELECT 1 FROM ${kind.table} WHERE id = $1`, [id])).length > 0;
  },

  async rows(
    db: Queryable,
    kind: AnyKind,
    actor: Actor,
    conditions: { sql: string; value: unknown }[],
  ): Promise<Row[]> {
    const params: unknown[] = [];
    const where = conditions.map((c) => {
      params.push(c.value);
      return c.sql.replaceAll('?', `$${params.length}`);
    });
    const visible = visibilityClause(kind, actor, params.length + 1);
    params.push(...visible.params);
    where.push(visible.sql);
    return db.query<Row>(
      `SELECT t.* FROM ${kind.table} t WHERE ${where.join(' AND ')} ORDER BY ${kind.order}`,
      params,
    );
  },

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
