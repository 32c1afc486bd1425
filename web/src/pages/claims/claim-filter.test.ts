import { describe, expect, it } from 'vitest';
import type { Claim } from '../../api/types.ts';
import { claimFilterHref, filterGroups, readClaimFilter } from './claim-filter.ts';
import { groupClaims } from './claim-groups.ts';

const claim = (id: string, party: string, amount: string, extra: Partial<Claim> = {}): Claim =>
  ({
    id,
    subject: 'aid total',
    party,
    measure: 'military aid',
    amount,
    amount_minor: null,
    currency: 'USD',
    qualifier: 'exact',
    amount_alt: [],
    as_of: '2025-01-01',
    claimed_by: null,
    note: null,
    sources: [],
    confidence: 'high',
    ...extra,
  }) as Claim;

const claims = [
  claim('a', 'US', '66.5', { claimed_by: 'Pentagon' }),
  claim('b', 'US', '250', { note: 'a speech', confidence: 'low' }),
  claim('c', 'DE', '10'),
];
const names = (code: string) => ({ US: 'United States', DE: 'Germany' })[code] ?? code;

describe('claims search and filters', () => {
  it('finds claims by words of their party name, note or claimant, and keeps the conflict flag', () => {
    const groups = groupClaims(claims);
    expect(filterGroups(groups, readClaimFilter(new URLSearchParams('q=united speech')), names)).toEqual([
      expect.objectContaining({
        party: 'US',
        conflicting: true,
        claims: [expect.objectContaining({ id: 'b' })],
      }),
    ]);
    const onlyConflicts = filterGroups(groups, readClaimFilter(new URLSearchParams('conflicts=1')), names);
    expect(onlyConflicts.map((g) => g.party)).toEqual(['US']);
    const low = filterGroups(groups, readClaimFilter(new URLSearchParams('confidence=low')), names);
    expect(low.flatMap((g) => g.claims.map((c) => c.id))).toEqual(['b']);
  });

  it('keeps the filters in the address and drops what it does not know', () => {
    const f = readClaimFilter(new URLSearchParams('q=patriot&party=de&conflicts=1&confidence=sure'));
    expect(f).toEqual({ q: 'patriot', party: 'DE', conflicts: true, confidence: null });
    expect(claimFilterHref(f)).toBe('/claims?q=patriot&party=DE&conflicts=1');
  });
});
