/** Reported figures grouped by the party they are about; groups whose figures disagree come first. */
import type { Claim } from '../../api/types.ts';

export interface ClaimGroup {
  party: string;
  claims: Claim[];
  /** Two claims of the same measure give different amounts (in the same currency or not). */
  conflicting: boolean;
}

export function groupClaims(claims: Claim[]): ClaimGroup[] {
  const byParty = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claim.party ?? '—';
    byParty.set(key, [...(byParty.get(key) ?? []), claim]);
  }
  const groups = [...byParty].map(([party, list]) => {
    const sorted = [...list].sort((a, b) => (a.as_of ?? '9999').localeCompare(b.as_of ?? '9999'));
    const byMeasure = new Map<string, Set<string>>();
    for (const c of sorted) {
      const measure = c.measure ?? '';
      const figures = byMeasure.get(measure) ?? new Set<string>();
      figures.add(`${c.amount} ${c.currency}`);
      byMeasure.set(measure, figures);
    }
    return {
      party,
      claims: sorted,
      conflicting: [...byMeasure.values()].some((figures) => figures.size > 1),
    };
  });
  return groups.sort(
    (a, b) =>
      Number(b.conflicting) - Number(a.conflicting) ||
      b.claims.length - a.claims.length ||
      a.party.localeCompare(b.party),
  );
}
