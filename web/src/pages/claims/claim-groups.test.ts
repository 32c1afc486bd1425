import { describe, expect, it } from 'vitest';
import type { Claim } from '../../api/types.ts';
import { groupClaims } from './claim-groups.ts';

const claim = (party: string, measure: string, amount: string, as_of: string | null = null): Claim =>
  ({ id: `${party}-${amount}`, party, measure, amount, currency: 'USD', as_of }) as Claim;

describe('claim groups', () => {
  it('puts parties whose figures for one measure disagree first, each in date order', () => {
    const groups = groupClaims([
      claim('DE', 'commitment', '40', '2025-01-01'),
      claim('US', 'claim', '350', '2025-02-19'),
      claim('US', 'claim', '250'),
      claim('US', 'claim', '300', '2025-02-24'),
      claim('NL', 'commitment', '6'),
      claim('NL', 'delivered', '2'),
    ]);
    expect(groups.map((g) => [g.party, g.conflicting])).toEqual([
      ['US', true],
      ['NL', false],
      ['DE', false],
    ]);
    expect(groups[0]!.claims.map((c) => c.amount)).toEqual(['350', '300', '250']);
  });
});
