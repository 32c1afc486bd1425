import type { Actor } from '../../domain/access/actor.ts';
import type { Fact } from '../../extract/types.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo, visibleToSql } from '../visibility.ts';

export interface CandidateRow {
  id: string;
  source_id: string;
  position: number;
  fact_type: Fact['type'];
  fact: Fact;
  status: 'pending' | 'accepted' | 'merged' | 'rejected';
  proposed_merge: string | null;
  conflicts: unknown[];
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  result_type: string | null;
  result_id: string | null;
  visibility: string;
  owner_party: string | null;
  version: number;
  created_at: Date;
}

export const candidates = {
  async insert(
    tx: Queryable,
    c: Pick<
      CandidateRow,
      'id' | 'source_id' | 'position' | 'fact' | 'proposed_merge' | 'conflicts' | 'visibility' | 'owner_party'
    >,
  ) {
    await tx.query(
      `INSERT INTO candidates (id, source_id, position, fact_type, fact, proposed_merge, conflicts, visibility, owner_party)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9)`,
      [
        c.id,
        c.source_id,
        c.position,
        c.fact.type,
        JSON.stringify(c.fact),
        c.proposed_merge,
        JSON.stringify(c.conflicts),
        c.visibility,
        c.owner_party,
      ],
    );
  },

  async list(
    db: Queryable,
    actor: Actor,
    filter: { status?: string; source?: string },
  ): Promise<CandidateRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.status) {
      params.push(filter.status);
      where.push(`c.status = $${params.length}`);
    }
    if (filter.source) {
      params.push(filter.source);
      where.push(`c.source_id = $${params.length}`);
    }
    const visible = visibleToSql(actor, 'c', params.length + 1);
    params.push(...visible.params);
    where.push(visible.sql);
    return db.query<CandidateRow>(
      `SELECT c.* FROM candidates c WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id`,
      params,
    );
  },

  async get(db: Queryable, actor: Actor, id: string, forUpdate = false): Promise<CandidateRow | undefined> {
    const visible = visibleToSql(actor, 'c', 2);
    const [row] = await db.query<CandidateRow>(
      `SELECT c.* FROM candidates c WHERE c.id = $1 AND ${visible.sql}${forUpdate ? ' FOR UPDATE' : ''}`,
      [id, ...visible.params],
    );
    return row;
  },

  async decide(
    tx: Queryable,
    id: string,
    decision: {
      status: CandidateRow['status'];
      note: string | null;
      by: string;
      at: Date;
      resultType: string | null;
      resultId: string | null;
    },
  ) {
    await tx.query(
      `UPDATE candidates SET status = $2, decision_note = $3, decided_by = $4, decided_at = $5, result_type = $6, result_id = $7,
              version = version + 1
        WHERE id = $1`,
      [id, decision.status, decision.note, decision.by, decision.at, decision.resultType, decision.resultId],
    );
  },
  async proposeMerge(tx: Queryable, id: string, commitmentId: string) {
    await tx.query('UPDATE candidates SET proposed_merge = $2, version = version + 1 WHERE id = $1', [
      id,
      commitmentId,
    ]);
  },

  /** The source and evidence of candidate `id`, when `actor` may see it. */
  async sourceOf(
    db: Queryable,
    actor: Actor,
    id: string,
  ): Promise<{ source_id: string; fact: { evidence?: { start: number; end: number } } } | undefined> {
    const row = await kysely(db)
      .selectFrom('candidates as c')
      .select(['c.source_id', 'c.fact'])
      .where('c.id', '=', id)
      .where(visibleTo(actor, 'c'))
      .executeTakeFirst();
    return (
      row && { source_id: row.source_id, fact: row.fact as { evidence?: { start: number; end: number } } }
    );
  },
};
