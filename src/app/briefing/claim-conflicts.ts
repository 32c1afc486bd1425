/**
 * Reported figures that disagree: claims on the same subject, in the same currency, with
 * different amounts, dated within a month of each other. (A small query of its own: there is no
 * claims report to reuse yet.)
 */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleTo } from '../../domain/access/visibility.ts';
import { formatMajor } from '../../domain/money/money.ts';
import type { Queryable } from '../../store/database.ts';

export interface ClaimConflict {
  subject: string;
  currency: string;
  claims: { id: string; amount: string; as_of: string; claimed_by: string | null }[];
}

export async function claimConflicts(
  db: Queryable,
  actor: Actor,
  window: { from: string; to: string },
): Promise<ClaimConflict[]> {
  const a = visibleTo(actor, 'a', 3);
  const b = visibleTo(actor, 'b', 3 + a.params.length);
  const rows = await db.query<{
    subject: string;
    currency: string;
    a_id: string;
    a_amount: bigint;
    a_as_of: string;
    a_by: string | null;
    b_id: string;
    b_amount: bigint;
    b_as_of: string;
    b_by: string | null;
  }>(
    `SELECT a.subject, a.currency, a.id AS a_id, a.amount_minor AS a_amount, a.as_of AS a_as_of, a.claimed_by AS a_by,
            b.id AS b_id, b.amount_minor AS b_amount, b.as_of AS b_as_of, b.claimed_by AS b_by
       FROM claims a JOIN claims b
         ON b.subject = a.subject AND b.currency = a.currency AND b.id > a.id
        AND b.amount_minor <> a.amount_minor AND abs(b.as_of - a.as_of) <= 31
      WHERE a.amount_minor IS NOT NULL AND b.amount_minor IS NOT NULL
        AND greatest(a.as_of, b.as_of) BETWEEN $1::date AND $2::date
        AND ${a.sql} AND ${b.sql}
      ORDER BY a.subject, a.as_of, a.id`,
    [window.from, window.to, ...a.params, ...b.params],
  );
  const bySubject = new Map<string, ClaimConflict>();
  for (const r of rows) {
    const key = `${r.subject}|${r.currency}`;
    const conflict = bySubject.get(key) ?? { subject: r.subject, currency: r.currency, claims: [] };
    for (const [id, amount, asOf, by] of [
      [r.a_id, r.a_amount, r.a_as_of, r.a_by],
      [r.b_id, r.b_amount, r.b_as_of, r.b_by],
    ] as const) {
      if (!conflict.claims.some((c) => c.id === id)) {
        conflict.claims.push({
          id,
          amount: formatMajor({ amount, currency: r.currency }),
          as_of: asOf,
          claimed_by: by,
        });
      }
    }
    bySubject.set(key, conflict);
  }
  return [...bySubject.values()];
}
