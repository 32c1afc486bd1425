/** Requirements lists, their editions, requirements and links to commitments. */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleToSql } from '../visibility.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo as visibleCommitment } from '../visibility.ts';

export interface RequirementListRow {
  id: string;
  recipient: string;
  title: string;
  current_edition: number;
  visibility: string;
  owner_party: string | null;
  version: number;
}

export interface EditionRow {
  list_id: string;
  edition: number;
  issued_on: string | null;
  note: string | null;
  sources: unknown[];
}

export interface RequirementRow {
  list_id: string;
  edition: number;
  key: string;
  capability: string;
  equipment_id: string | null;
  category: string | null;
  quantity: bigint | null;
  unit: string | null;
  priority: number;
  needed_by: string | null;
  status: 'open' | 'covered' | 'withdrawn';
  notes: string | null;
  visibility: string;
  owner_party: string | null;
}

export interface LinkRow {
  list_id: string;
  key: string;
  commitment_id: string;
  line_no: number | null;
  quantity: bigint | null;
  note: string | null;
}

export const requirementLists = {
  async get(db: Queryable, id: string, actor: Actor): Promise<RequirementListRow | undefined> {
    const visible = visibleToSql(actor, 'l', 2);
    const [row] = await db.query<RequirementListRow>(
      `SELECT l.* FROM requirement_lists l WHERE l.id = $1 AND ${visible.sql}`,
      [id, ...visible.params],
    );
    return row;
  },

  async all(db: Queryable, actor: Actor, recipient: string | null): Promise<RequirementListRow[]> {
    const visible = visibleToSql(actor, 'l', 2);
    return db.query<RequirementListRow>(
      `SELECT l.* FROM requirement_lists l WHERE ($1::text IS NULL OR l.recipient = $1) AND ${visible.sql}
        ORDER BY l.id`,
      [recipient, ...visible.params],
    );
  },

  async lockForUpdate(tx: Queryable, id: string): Promise<RequirementListRow | undefined> {
    const [row] = await tx.query<RequirementListRow>(
      'SELECT * FROM requirement_lists WHERE id = $1 FOR UPDATE',
      [id],
    );
    return row;
  },

  async edition(db: Queryable, id: string, edition: number): Promise<EditionRow | undefined> {
    const [row] = await db.query<EditionRow>(
      'SELECT list_id, edition, issued_on, note, sources FROM requirement_editions WHERE list_id = $1 AND edition = $2',
      [id, edition],
    );
    return row;
  },

  /** The requirements of one edition the actor may see, by priority. */
  async requirements(db: Queryable, id: string, edition: number, actor: Actor): Promise<RequirementRow[]> {
    const visible = visibleToSql(actor, 'r', 3);
    return db.query<RequirementRow>(
      `SELECT r.* FROM requirements r WHERE r.list_id = $1 AND r.edition = $2 AND ${visible.sql}
        ORDER BY r.priority, r.key`,
      [id, edition, ...visible.params],
    );
  },

  /** Whether list `id` has an item `key` in any edition. */
  async hasRequirement(db: Queryable, id: string, key: string): Promise<boolean> {
    const row = await kysely(db)
      .selectFrom('requirements')
      .select('key')
      .where('list_id', '=', id)
      .where('key', '=', key)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  async links(db: Queryable, id: string): Promise<LinkRow[]> {
    return db.query<LinkRow>(
      'SELECT list_id, key, commitment_id, line_no, quantity, note FROM requirement_links WHERE list_id = $1 ORDER BY key, commitment_id',
      [id],
    );
  },

  async insertList(tx: Queryable, row: Omit<RequirementListRow, 'version' | 'current_edition'>, at: Date) {
    await tx.query(
      `INSERT INTO requirement_lists (id, recipient, title, visibility, owner_party, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)`,
      [row.id, row.recipient, row.title, row.visibility, row.owner_party, at],
    );
  },

  async setCurrent(tx: Queryable, row: Omit<RequirementListRow, 'version'>, at: Date) {
    await tx.query(
      `UPDATE requirement_lists SET recipient = $2, title = $3, visibility = $4, owner_party = $5,
              current_edition = $6, version = version + 1, updated_at = $7 WHERE id = $1`,
      [row.id, row.recipient, row.title, row.visibility, row.owner_party, row.current_edition, at],
    );
  },

  async insertEdition(tx: Queryable, edition: EditionRow, by: string, rows: readonly RequirementRow[]) {
    await tx.query(
      `INSERT INTO requirement_editions (list_id, edition, issued_on, note, sources, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        edition.list_id,
        edition.edition,
        edition.issued_on,
        edition.note,
        JSON.stringify(edition.sources),
        by,
      ],
    );
    for (const r of rows) {
      await tx.query(
        `INSERT INTO requirements (list_id, edition, key, capability, equipment_id, category, quantity, unit, priority,
                                   needed_by, status, notes, visibility, owner_party)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          r.list_id,
          r.edition,
          r.key,
          r.capability,
          r.equipment_id,
          r.category,
          r.quantity,
          r.unit,
          r.priority,
          r.needed_by,
          r.status,
          r.notes,
          r.visibility,
          r.owner_party,
        ],
      );
    }
  },

  /** Adds or replaces one link; returns whether anything changed. */
  async upsertLink(tx: Queryable, link: LinkRow, by: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO requirement_links (list_id, key, commitment_id, line_no, quantity, note, linked_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (list_id, key, commitment_id) DO UPDATE
         SET line_no = excluded.line_no, quantity = excluded.quantity, note = excluded.note,
             linked_by = excluded.linked_by, linked_at = now()
       WHERE requirement_links.line_no IS DISTINCT FROM excluded.line_no
          OR requirement_links.quantity IS DISTINCT FROM excluded.quantity
          OR requirement_links.note IS DISTINCT FROM excluded.note
       RETURNING key`,
      [link.list_id, link.key, link.commitment_id, link.line_no, link.quantity, link.note, by],
    );
    return rows.length > 0;
  },

  async deleteLink(tx: Queryable, id: string, key: string, commitmentId: string): Promise<boolean> {
    const rows = await tx.query(
      'DELETE FROM requirement_links WHERE list_id = $1 AND key = $2 AND commitment_id = $3 RETURNING key',
      [id, key, commitmentId],
    );
    return rows.length > 0;
  },

  /** Every edition of a list, oldest first. */
  async editions(db: Queryable, id: string): Promise<EditionRow[]> {
    const rows = await kysely(db)
      .selectFrom('requirement_editions')
      .select(['list_id', 'edition', 'issued_on', 'note', 'sources'])
      .where('list_id', '=', id)
      .orderBy('edition')
      .execute();
    return rows as unknown as EditionRow[];
  },

  /** The links of a list to commitments `actor` may see (a hidden commitment's link is absent). */
  async visibleLinks(db: Queryable, id: string, actor: Actor): Promise<LinkRow[]> {
    return kysely(db)
      .selectFrom('requirement_links as k')
      .innerJoin('commitments as c', 'c.id', 'k.commitment_id')
      .select(['k.list_id', 'k.key', 'k.commitment_id', 'k.line_no', 'k.quantity', 'k.note'])
      .where('k.list_id', '=', id)
      .where(visibleCommitment(actor, 'c'))
      .orderBy('k.key')
      .orderBy('k.commitment_id')
      .execute();
  },
};
