/** The claims page's search and filters as they live in the address, and the filter itself. Pure. */
import { query } from '../../api/client.ts';
import type { Claim } from '../../api/types.ts';
import type { ClaimGroup } from './claim-groups.ts';

export interface ClaimFilter {
  q: string;
  party: string | null;
  conflicts: boolean;
  confidence: 'high' | 'medium' | 'low' | null;
}

const confidences = ['high', 'medium', 'low'] as const;

export function readClaimFilter(search: URLSearchParams): ClaimFilter {
  const party = (search.get('party') ?? '').toUpperCase();
  const confidence = search.get('confidence') as ClaimFilter['confidence'];
  return {
    q: (search.get('q') ?? '').trim().slice(0, 100),
    party: /^[A-Z0-9-]{2,12}$/.test(party) ? party : null,
    conflicts: search.get('conflicts') === '1',
    confidence: confidences.includes(confidence as never) ? confidence : null,
  };
}

export const claimFilterHref = (f: ClaimFilter): string =>
  `/claims${query({ q: f.q, party: f.party, conflicts: f.conflicts ? '1' : null, confidence: f.confidence })}`;

/** Words a claim is found by: party code and name, subject, measure, who claimed it, note, sources. */
function words(claim: Claim, partyName: (code: string) => string): string {
  return [
    claim.party,
    claim.party ? partyName(claim.party) : null,
    claim.subject,
    claim.measure,
    claim.claimed_by,
    claim.note,
    ...claim.sources.flatMap((s) => [s.publisher, s.url, s.quote]),
  ]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
}

/** Groups that still have a claim once filtered; a group keeps its conflict flag as computed on all its claims. */
export function filterGroups(
  groups: readonly ClaimGroup[],
  filter: ClaimFilter,
  partyName: (code: string) => string,
): ClaimGroup[] {
  const needles = filter.q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return groups
    .filter((g) => (!filter.conflicts || g.conflicting) && (!filter.party || g.party === filter.party))
    .map((g) => ({
      ...g,
      claims: g.claims.filter((c) => {
        if (filter.confidence && c.confidence !== filter.confidence) return false;
        const text = words(c, partyName);
        return needles.every((n) => text.includes(n));
      }),
    }))
    .filter((g) => g.claims.length > 0);
}
