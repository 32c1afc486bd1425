/**
 * A source's stored text and the evidence that records cite in it, for the source page: the text
 * only when the source's own visibility lets the caller read it, the evidence only of records
 * the caller may see.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo } from '../visibility.ts';
import { citingRecordVisibleTo } from './sources.ts';

export interface EvidenceRow {
  record_type: string;
  record_id: string;
  start: number | null;
  end: number | null;
  quote: string | null;
}

export const sourceText = {
  /** The stored text, or null when there is none or the caller may not read it. */
  async text(db: Queryable, actor: Actor, id: string): Promise<string | null> {
    const row = await kysely(db)
      .selectFrom('sources as s')
      .select(sql<string | null>`CASE WHEN ${visibleTo(actor, 's')} THEN s.body END`.as('body'))
      .where('s.id', '=', id)
      .executeTakeFirst();
    return row?.body ?? null;
  },

  /** Every visible record citing the source, with its span; pipeline events cite without one. */
  async evidence(db: Queryable, actor: Actor, id: string): Promise<EvidenceRow[]> {
    const { rows } = await sql<EvidenceRow>`
      SELECT rs.record_type, rs.record_id, rs.evidence_start AS start, rs.evidence_end AS end, rs.quote
        FROM record_sources rs
       WHERE rs.source_id = ${id} AND ${citingRecordVisibleTo(actor)}
      UNION
      SELECT DISTINCT 'commitment', e.commitment_id, NULL::int, NULL::int, NULL
        FROM commitment_events e JOIN commitments r ON r.id = e.commitment_id
       WHERE e.source_id = ${id} AND ${visibleTo(actor, 'r')}
         AND NOT EXISTS (SELECT 1 FROM record_sources x
                          WHERE x.source_id = ${id} AND x.record_type = 'commitment' AND x.record_id = e.commitment_id)
       ORDER BY 3 NULLS LAST, 1, 2`.execute(kysely(db));
    return rows;
  },
};
