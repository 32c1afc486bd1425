/**
 * Search across the ledger: commitments, parties, equipment types and meetings whose words
 * contain the query, each kind ranked and capped on its own, with the caller's visibility applied
 * inside every query.
 */
import type { Actor } from '../../domain/access/actor.ts';
import type { meetingKinds, Mode, Qualifier } from '../../domain/ledger/vocabulary.ts';
import { visibleToSql } from '../visibility.ts';
import type { Queryable } from '../database.ts';

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
    const vis = visibleToSql(actor, 'c', 3);
    return db.query<CommitmentHit>(
      `SELECT c.id, c.donor, c.recipient, c.mode, c.announced_on,
              coalesce((SELECT json_agg(json_build_object('equipment', l.equipment_id, 'category', l.category,
                                        'quantity', l.quantity, 'quantity_qualifier', l.quantity_qualifier)
                                        ORDER BY l.line_no)
                          FROM commitment_lines l WHERE l.commitment_id = c.id), '[]'::json) AS items
         FROM commitments c
         JOIN parties d ON d.code = c.donor
         JOIN parties r ON r.code = c.recipient
        WHERE ${vis.sql}
          AND (lower(c.id) LIKE $1 OR lower(coalesce(c.notes, '')) LIKE $1 OR lower(coalesce(c.supplier, '')) LIKE $1
               OR lower(d.names::text) LIKE $1 OR lower(d.aliases::text) LIKE $1
               OR lower(r.names::text) LIKE $1
               OR EXISTS (SELECT 1 FROM commitment_lines l JOIN equipment_types e ON e.id = l.equipment_id
                           WHERE l.commitment_id = c.id
                             AND (lower(e.id) LIKE $1 OR lower(e.name) LIKE $1 OR lower(e.aliases::text) LIKE $1)))
        ORDER BY c.announced_on DESC NULLS LAST, c.id
        LIMIT $2`,
      [containsPattern(q), limit, ...vis.params],
    );
  },

  /** Parties by code, name or alias; those that give aid in the caller's view first. */
  async parties(db: Queryable, actor: Actor, q: string, limit: number): Promise<PartyHit[]> {
    const vis = visibleToSql(actor, 'c', 4);
    return db.query<PartyHit>(
      `SELECT p.code, p.kind, p.names,
              (SELECT count(*)::int FROM commitments c WHERE c.donor = p.code AND ${vis.sql}) AS commitments
         FROM parties p
        WHERE p.code = $2 OR lower(p.names::text) LIKE $1 OR lower(p.aliases::text) LIKE $1
        ORDER BY (p.code = $2) DESC, commitments DESC, p.code
        LIMIT $3`,
      [containsPattern(q), q.toUpperCase(), limit, ...vis.params],
    );
  },

  async equipment(db: Queryable, q: string, limit: number): Promise<EquipmentHit[]> {
    return db.query<EquipmentHit>(
      `SELECT e.id, e.name, e.category, e.aliases
         FROM equipment_types e
        WHERE lower(e.id) LIKE $1 OR lower(e.name) LIKE $1 OR lower(e.aliases::text) LIKE $1
        ORDER BY e.id
        LIMIT $2`,
      [containsPattern(q), limit],
    );
  },

  async meetings(db: Queryable, actor: Actor, q: string, limit: number): Promise<MeetingHit[]> {
    const vis = visibleToSql(actor, 'm', 3);
    return db.query<MeetingHit>(
      `SELECT m.id, m.kind, m.number, m.place, m.date
         FROM meetings m
        WHERE ${vis.sql}
          AND (lower(m.id) LIKE $1 OR lower(coalesce(m.place, '')) LIKE $1 OR lower(coalesce(m.notes, '')) LIKE $1)
        ORDER BY m.date DESC, m.id
        LIMIT $2`,
      [containsPattern(q), limit, ...vis.params],
    );
  },
};
