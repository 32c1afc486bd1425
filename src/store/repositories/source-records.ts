/**
 * Sources as whole records for the interchange: their stored texts, and a source written with
 * its metadata, visibility and text as an export carries it.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';

export interface SourceRecordRow {
  id: string;
  url: string | null;
  publisher: string | null;
  language: string | null;
  published_on: string | null;
  title: string | null;
  visibility: string;
  owner_party: string | null;
  body: string | null;
}

export const textSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const sourceRecords = {
  /** The stored texts of the sources named, by id (sources without a text are absent). */
  async texts(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await kysely(db)
      .selectFrom('sources')
      .select(['id', 'body'])
      .where('id', 'in', ids)
      .where('body', 'is not', null)
      .execute();
    return new Map(rows.map((r) => [r.id, r.body!]));
  },

  /** The stored source with this id, or else the one with this URL. */
  async find(db: Queryable, id: string, url: string | null): Promise<SourceRecordRow | undefined> {
    const rows = await kysely(db)
      .selectFrom('sources')
      .select([
        'id',
        'url',
        'publisher',
        'language',
        'published_on',
        'title',
        'visibility',
        'owner_party',
        'body',
      ])
      .where((eb) => (url === null ? eb('id', '=', id) : eb.or([eb('id', '=', id), eb('url', '=', url)])))
      .execute();
    return rows.find((r) => r.id === id) ?? rows[0];
  },

  async insert(tx: Queryable, row: SourceRecordRow, at: Date): Promise<void> {
    await kysely(tx)
      .insertInto('sources')
      .values({
        ...row,
        body_sha256: row.body === null ? null : textSha256(row.body),
        created_at: at,
        updated_at: at,
      })
      .execute();
  },

  /** Gives a stored source the text it lacked. */
  async setText(tx: Queryable, id: string, body: string, at: Date): Promise<void> {
    await kysely(tx)
      .updateTable('sources')
      .set((eb) => ({ body, body_sha256: textSha256(body), version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .execute();
  },
};
