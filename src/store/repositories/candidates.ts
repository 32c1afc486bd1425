/** Review candidates: facts extracted from a source, waiting for a reviewer's decision. */
import type { Actor } from '../../domain/access/actor.ts';
import type { Fact } from '../../extract/types.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { visibleTo } from '../visibility.ts';

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
    await kysely(tx)
      .insertInto('candidates')
      .values({
        ...c,
        fact_type: c.fact.type,
        fact: JSON.stringify(c.fact),
        conflicts: JSON.stringify(c.conflicts),
      })
      .execute();
  },

  async list(
    db: Queryable,
    actor: Actor,
    filter: { status?: string; source?: string },
  ): Promise<CandidateRow[]> {
    const rows = await kysely(db)
      .selectFrom('candidates as c')
      .selectAll('c')
      .$if(Boolean(filter.status), (q) => q.where('c.status', '=', filter.status!))
      .$if(Boolean(filter.source), (q) => q.where('c.source_id', '=', filter.source!))
      .where(visibleTo(actor, 'c'))
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .execute();
    return rows as CandidateRow[];
  },

  async get(db: Queryable, actor: Actor, id: string, forUpdate = false): Promise<CandidateRow | undefined> {
    const row = await kysely(db)
      .selectFrom('candidates as c')
      .selectAll('c')
      .where('c.id', '=', id)
      .where(visibleTo(actor, 'c'))
      .$if(forUpdate, (q) => q.forUpdate())
      .executeTakeFirst();
    return row as CandidateRow | undefined;
  },

  /** Records the decision on a pending candidate `actor` may see; false (nothing changed) otherwise. */
  async decide(
    tx: Queryable,
    actor: Actor,
    id: string,
    decision: {
      status: CandidateRow['status'];
      note: string | null;
      by: string;
      at: Date;
      resultType: string | null;
      resultId: string | null;
    },
  ): Promise<boolean> {
    const rows = await kysely(tx)
      .updateTable('candidates')
      .set((eb) => ({
        status: decision.status,
        decision_note: decision.note,
        decided_by: decision.by,
        decided_at: decision.at,
        result_type: decision.resultType,
        result_id: decision.resultId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where(visibleTo(actor, 'candidates'))
      .returning('id')
      .execute();
    return rows.length === 1;
  },

  /** Proposes merging a candidate `actor` may see into a commitment; false (nothing changed) otherwise. */
  async proposeMerge(tx: Queryable, actor: Actor, id: string, commitmentId: string): Promise<boolean> {
    const rows = await kysely(tx)
      .updateTable('candidates')
      .set((eb) => ({ proposed_merge: commitmentId, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where(visibleTo(actor, 'candidates'))
      .returning('id')
      .execute();
    return rows.length === 1;
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
