/**
 * The visibility rule, written once as SQL so that every query applies it itself: public
 * records for everyone, coalition records for signed-in roles, restricted records for the
 * owner party's representatives, coordinators and administrators.
 */
import type { Actor } from './actor.ts';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * A condition on a table alias with `visibility` and `owner_party` columns. `nextParam` is
 * the number of the first placeholder the fragment may use.
 */
export function visibleTo(actor: Actor, alias: string, nextParam: number): SqlFragment {
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return { sql: 'TRUE', params: [] };
    case 'representative':
      return {
        sql: `(${alias}.visibility <> 'restricted' OR ${alias}.owner_party = $${nextParam})`,
        params: [actor.party],
      };
    case 'analyst':
      return { sql: `${alias}.visibility <> 'restricted'`, params: [] };
    case 'public':
      return { sql: `${alias}.visibility = 'public'`, params: [] };
  }
}

export function canSee(actor: Actor, record: { visibility: string; owner_party: string | null }): boolean {
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return true;
    case 'representative':
      return record.visibility !== 'restricted' || record.owner_party === actor.party;
    case 'analyst':
      return record.visibility !== 'restricted';
    case 'public':
      return record.visibility === 'public';
  }
}

/**
 * Callers who see the same records: every coordinator and administrator, each party's
 * representatives, every analyst, every anonymous reader. Answers computed for one caller serve
 * the others of the same scope.
 */
export function visibilityScope(actor: Actor): string {
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return 'all';
    case 'representative':
      return `party:${actor.party}`;
    case 'analyst':
      return 'coalition';
    case 'public':
      return 'public';
  }
}
