/** Requirements lists, their editions, requirements and links to commitments. */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo, writableBy } from '../visibility.ts';

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

const listColumns = [
  'l.id',
  'l.recipient',
  'l.title',
  'l.current_edition',
  'l.visibility',
  'l.owner_party',
  'l.version',
] as const;

export const requirementLists = {
  async get(db: Queryable, id: string, actor: Actor): Promise<RequirementListRow | undefined> {
    return kysely(db)
      .selectFrom('requirement_lists as l')
      .select(listColumns)
      .where('l.id', '=', id)
      .where(visibleTo(actor, 'l'))
      .executeTakeFirst();
  },

  async all(db: Queryable, actor: Actor, recipient: string | null): Promise<RequirementListRow[]> {
    return kysely(db)
      .selectFrom('requirement_lists as l')
      .select(listColumns)
      .$if(recipient !== null, (q) => q.where('l.recipient', '=', recipient!))
      .where(visibleTo(actor, 'l'))
      .orderBy('l.id')
      .execute();
  },

  async lockForUpdate(tx: Queryable, id: string): Promise<RequirementListRow | undefined> {
    return kysely(tx)
      .selectFrom('requirement_lists as l')
      .select(listColumns)
      .where('l.id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },

  async edition(db: Queryable, id: string, edition: number): Promise<EditionRow | undefined> {
    const row = await kysely(db)
      .selectFrom('requirement_editions')
      .select(['list_id', 'edition', 'issued_on', 'note', 'sources'])
      .where('list_id', '=', id)
      .where('edition', '=', edition)
      .executeTakeFirst();
    return row as EditionRow | undefined;
  },

  /** The requirements of one edition the actor may see, by priority. */
  async requirements(db: Queryable, id: string, edition: number, actor: Actor): Promise<RequirementRow[]> {
    const rows = await kysely(db)
      .selectFrom('requirements as r')
      .selectAll('r')
      .where('r.list_id', '=', id)
      .where('r.edition', '=', edition)
      .where(visibleTo(actor, 'r'))
      .orderBy('r.priority')
      .orderBy('r.key')
      .execute();
    return rows as RequirementRow[];
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
    return kysely(db)
      .selectFrom('requirement_links')
      .select(['list_id', 'key', 'commitment_id', 'line_no', 'quantity', 'note'])
      .where('list_id', '=', id)
      .orderBy('key')
      .orderBy('commitment_id')
      .execute();
  },

  async insertList(tx: Queryable, row: Omit<RequirementListRow, 'version' | 'current_edition'>, at: Date) {
    await kysely(tx)
      .insertInto('requirement_lists')
      .values({ ...row, created_at: at, updated_at: at })
      .execute();
  },

  /**
   * Makes an edition current and rewrites the list's fields, when the list is `actor`'s to
   * write; returns false (and changes nothing) otherwise.
   */
  async setCurrent(
    tx: Queryable,
    actor: Actor,
    { id, ...row }: Omit<RequirementListRow, 'version'>,
    at: Date,
  ): Promise<boolean> {
    const updated = await kysely(tx)
      .updateTable('requirement_lists')
      .set((eb) => ({ ...row, version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .where(writableBy(actor, 'requirement_lists'))
      .returning('id')
      .execute();
    return updated.length === 1;
  },

  async insertEdition(tx: Queryable, edition: EditionRow, by: string, rows: readonly RequirementRow[]) {
    const db = kysely(tx);
    await db
      .insertInto('requirement_editions')
      .values({ ...edition, sources: JSON.stringify(edition.sources), recorded_by: by })
      .execute();
    if (rows.length)
      await db
        .insertInto('requirements')
        .values([...rows])
        .execute();
  },

  /** Adds or replaces one link; returns whether anything changed. */
  async upsertLink(tx: Queryable, link: LinkRow, by: string): Promise<boolean> {
    const rows = await kysely(tx)
      .insertInto('requirement_links')
      .values({ ...link, linked_by: by })
      .onConflict((oc) =>
        oc
          .columns(['list_id', 'key', 'commitment_id'])
          .doUpdateSet((eb) => ({
            line_no: eb.ref('excluded.line_no'),
            quantity: eb.ref('excluded.quantity'),
            note: eb.ref('excluded.note'),
            linked_by: eb.ref('excluded.linked_by'),
            linked_at: sql<Date>`now()`,
          }))
          .where((eb) =>
            eb.or([
              eb('requirement_links.line_no', 'is distinct from', eb.ref('excluded.line_no')),
              eb('requirement_links.quantity', 'is distinct from', eb.ref('excluded.quantity')),
              eb('requirement_links.note', 'is distinct from', eb.ref('excluded.note')),
            ]),
          ),
      )
      .returning('key')
      .execute();
    return rows.length > 0;
  },

  async deleteLink(tx: Queryable, id: string, key: string, commitmentId: string): Promise<boolean> {
    const rows = await kysely(tx)
      .deleteFrom('requirement_links')
      .where('list_id', '=', id)
      .where('key', '=', key)
      .where('commitment_id', '=', commitmentId)
      .returning('key')
      .execute();
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
      .where(visibleTo(actor, 'c'))
      .orderBy('k.key')
      .orderBy('k.commitment_id')
      .execute();
  },
};
