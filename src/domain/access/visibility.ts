/**
 * The visibility rule, stated once: public records for everyone, coalition records for
 * signed-in roles, restricted records for the owner party's representatives, coordinators and
 * administrators. The store renders it as a condition inside every query (src/store/visibility.ts).
 */
import type { Actor } from './actor.ts';

/** What `actor` may see, as the store's queries apply it. */
export type VisibilityRule =
  | { sees: 'everything' }
  | { sees: 'all but restricted, and own party'; party: string | null }
  | { sees: 'all but restricted' }
  | { sees: 'public only' };

export function visibilityRule(actor: Actor): VisibilityRule {
  switch (actor.role) {
    case 'admin':
    case 'coordinator':
      return { sees: 'everything' };
    case 'representative':
      return { sees: 'all but restricted, and own party', party: actor.party };
    case 'analyst':
      return { sees: 'all but restricted' };
    case 'public':
      return { sees: 'public only' };
  }
}

export function canSee(actor: Actor, record: { visibility: string; owner_party: string | null }): boolean {
  const rule = visibilityRule(actor);
  switch (rule.sees) {
    case 'everything':
      return true;
    case 'all but restricted, and own party':
      // A representative bound to no party owns nothing, not every record without an owner.
      return record.visibility !== 'restricted' || (rule.party !== null && record.owner_party === rule.party);
    case 'all but restricted':
      return record.visibility !== 'restricted';
    case 'public only':
      return record.visibility === 'public';
  }
}

/**
 * Callers who see the same records: every coordinator and administrator, each party's
 * representatives, every analyst, every anonymous reader. Answers computed for one caller serve
 * the others of the same scope.
 */
export function visibilityScope(actor: Actor): string {
  const rule = visibilityRule(actor);
  switch (rule.sees) {
    case 'everything':
      return 'all';
    case 'all but restricted, and own party':
      return `party:${rule.party}`;
    case 'all but restricted':
      return 'coalition';
    case 'public only':
      return 'public';
  }
}
