/**
 * "Die nordischen Länder kaufen für die Ukraine Patriot-Flugabwehrraketen. Schweden zahlt 275
 * Millionen Dollar, Dänemark 580 Millionen Kronen …": a group named as a whole (`members` in
 * data/extract/parties.json) stands for those of its member states that the article tells giving.
 * Its pledge, when it states no amount of its own, is a pledge of each of them, which merges with
 * what each is told to give. A group whose members the article doesn't name stays the donor; a
 * group's own amount stays the group's (a sum of its members' shares: `sumsOfParts`).
 */
import parties from '../../../data/extract/parties.json' with { type: 'json' };
import type { Candidate } from './candidate.ts';

const MEMBERS = new Map<string, ReadonlySet<string>>(
  Object.entries(parties.members).map(([group, codes]) => [group, new Set(codes)]),
);

/**
 * Replaces, in place, each such pledge of a group by one per member named giving. Members' pledges
 * told after a group's pledge of a thing, naming no thing of their own, are their shares of it
 * ("Die nordischen Länder kaufen Patriot-Raketen für 500 Millionen Dollar. Schweden steuert 275
 * Millionen Dollar bei"): they take its item.
 */
export function groupsToMembers(candidates: Candidate[]): void {
  const givers = new Set(candidates.filter((c) => c.type === 'commitment').map((c) => c.donor));
  candidates.forEach((c, n) => {
    const members = c.donor ? MEMBERS.get(c.donor) : undefined;
    if (c.type !== 'commitment' || !members || (!c.item && !c.category)) return;
    for (const share of candidates.slice(n + 1))
      if (share.type === 'commitment' && members.has(share.donor ?? '') && !share.item && !share.category) {
        share.item = c.item;
        share.category = c.category;
      }
  });
  for (let n = candidates.length - 1; n >= 0; n--) {
    const c = candidates[n]!;
    const members = c.donor ? MEMBERS.get(c.donor) : undefined;
    if (c.type !== 'commitment' || !members || c.money) continue;
    const named = [...members].filter((code) => givers.has(code));
    if (named.length === 0) continue;
    candidates.splice(n, 1, ...named.map((donor) => ({ ...c, donor })));
  }
}
