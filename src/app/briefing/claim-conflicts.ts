/**
 * Reported figures that disagree: claims on the same subject, in the same currency, with
 * different amounts, dated within a month of each other.
 */
import type { Actor } from '../../domain/access/actor.ts';
import { formatMajor } from '../../domain/money/money.ts';
import type { Queryable } from '../../store/database.ts';
import { claims } from '../../store/repositories/claims.ts';

export interface ClaimConflict {
  subject: string;
  currency: string;
  claims: {
    id: string;
    amount: string;
    as_of: string;
    claimed_by: string | null;
    visibility: string;
    owner_party: string | null;
  }[];
}

export async function claimConflicts(
  db: Queryable,
  actor: Actor,
  window: { from: string; to: string },
): Promise<ClaimConflict[]> {
  const rows = await claims.conflictingPairs(db, actor, window);
  const bySubject = new Map<string, ClaimConflict>();
  for (const r of rows) {
    const key = `${r.subject}|${r.currency}`;
    const conflict = bySubject.get(key) ?? { subject: r.subject, currency: r.currency, claims: [] };
    for (const [id, amount, asOf, by, visibility, owner] of [
      [r.a_id, r.a_amount, r.a_as_of, r.a_by, r.a_visibility, r.a_owner],
      [r.b_id, r.b_amount, r.b_as_of, r.b_by, r.b_visibility, r.b_owner],
    ] as const) {
      if (!conflict.claims.some((c) => c.id === id)) {
        conflict.claims.push({
          id,
          amount: formatMajor({ amount, currency: r.currency }),
          as_of: asOf,
          claimed_by: by,
          visibility,
          owner_party: owner,
        });
      }
    }
    bySubject.set(key, conflict);
  }
  return [...bySubject.values()];
}
