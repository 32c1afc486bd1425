/**
 * Search across the ledger: commitments, parties, equipment types and meetings whose words
 * contain the query, each kind ranked and capped on its own, with the caller's visibility applied
 * inside every query.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { meetingKinds, Mode, Qualifier } from '../../domain/ledger/vocabulary.ts';
import { visibleTo } from '../visibility.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';

export interface CommitmentHit {
  id: string;
  donor: string;
  recipient: string;
  mode: Mode | null;
  announced_on: string | null;
  items: {
    equipment: string | null;
    category: string | null;
    quantity: number | null;
    quantity_qualifier: Qualifier | null;
  }[];
}
export interface PartyHit {
  code: string;
  kind: string;
  names: Record<string, string>;
  commitments: number;
}
export interface EquipmentHit {
  id: string;
  name: string;
  category: string;
  aliases: Record<string, string[]>;
}
export interface MeetingHit {
  id: string;
  kind: (typeof meetingKinds)[number];
  number: number | null;
  place: string | null;
  date: string;
}

/** `q` as a LIKE pattern matching it anywhere, its own % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const search = {
  async commitments(db: Queryable, actor: Actor, q: string, limit: number): Promise<CommitmentHit[]> {
    const like = containsPattern(q);
    const { rows } = await sql<CommitmentHit>`
      SELECT c.id, c.donor, c.recipient, c.mode, c.announced_on,
             coalesce((SELECT json_agg(json_build_object('equipment', l.equipment_id, 'category', l.category,
                                       'quantity', l.quantity, 'quantity_qualifier', l.quantity_qualifier)
                                       ORDER BY l.line_no)
                         FROM commitment_lines l WHERE l.commitment_id = c.id), '[]'::json) AS items
        FROM commitments c
        JOIN parties d ON d.code = c.donor
        JOIN parties r ON r.code = c.recipient
       WHERE ${visibleTo(actor, 'c')}
         AND (lower(c.id) LIKE ${like} OR lower(coalesce(c.notes, '')) LIKE ${like}
              OR lower(coalesce(c.supplier, '')) LIKE ${like}
              OR lower(d.names::text) LIKE ${like} OR lower(d.aliases::text) LIKE ${like}
              OR lower(r.names::text) LIKE ${like}
              OR EXISTS (SELECT 1 FROM commitment_lines l JOIN equipment_types e ON e.id = l.equipment_id
                          WHERE l.commitment_id = c.id
                            AND (lower(e.id) LIKE ${like} OR lower(e.name) LIKE ${like}
                                 OR lower(e.aliases::text) LIKE ${like})))
       ORDER BY c.announced_on DESC NULLS LAST, c.id
       LIMIT ${limit}`.execute(kysely(db));
    return rows;
  },

  /** Parties by code, name or alias; those that give aid in the caller's view first. */
  async parties(db: Queryable, actor: Actor, q: string, limit: number): Promise<PartyHit[]> {
    const like = containsPattern(q);
    const code = q.toUpperCase();
    return kysely(db)
      .selectFrom('parties as p')
      .select((eb) => [
        'p.code',
        'p.kind',
        eb.ref('p.names').$castTo<Record<string, string>>().as('names'),
        eb
          .selectFrom('commitments as c')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('c.donor', '=', 'p.code')
          .where(visibleTo(actor, 'c'))
          .$asScalar()
          .$notNull()
          .as('commitments'),
      ])
      .where((eb) =>
        eb.or([
          eb('p.code', '=', code),
          eb(sql`lower(p.names::text)`, 'like', like),
          eb(sql`lower(p.aliases::text)`, 'like', like),
        ]),
      )
      .orderBy(sql`(p.code = ${code}) DESC`)
      .orderBy('commitments', 'desc')
      .orderBy('p.code')
      .limit(limit)
      .execute();
  },

  async equipment(db: Queryable, q: string, limit: number): Promise<EquipmentHit[]> {
    const like = containsPattern(q);
    return kysely(db)
      .selectFrom('equipment_types as e')
      .select((eb) => [
        'e.id',
        'e.name',
        'e.category',
        eb.ref('e.aliases').$castTo<Record<string, string[]>>().as('aliases'),
      ])
      .where((eb) =>
        eb.or([
          eb(sql`lower(e.id)`, 'like', like),
          eb(sql`lower(e.name)`, 'like', like),
          eb(sql`lower(e.aliases::text)`, 'like', like),
        ]),
      )
      .orderBy('e.id')
      .limit(limit)
      .execute();
  },

  async meetings(db: Queryable, actor: Actor, q: string, limit: number): Promise<MeetingHit[]> {
    const like = containsPattern(q);
    const rows = await kysely(db)
      .selectFrom('meetings as m')
      .select(['m.id', 'm.kind', 'm.number', 'm.place', 'm.date'])
      .where(visibleTo(actor, 'm'))
      .where((eb) =>
        eb.or([
          eb(sql`lower(m.id)`, 'like', like),
          eb(sql`lower(coalesce(m.place, ''))`, 'like', like),
          eb(sql`lower(coalesce(m.notes, ''))`, 'like', like),
        ]),
      )
      .orderBy('m.date', 'desc')
      .orderBy('m.id')
      .limit(limit)
      .execute();
    return rows as MeetingHit[];
  },
};
