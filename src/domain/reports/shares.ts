/**
 * Shares of a total as percentages with a fixed number of decimals that add up to exactly 100:
 * rounding each share on its own can leave the column at 99.99 or 100.01, which readers notice.
 * Largest-remainder apportionment, in bigint.
 */
import { formatScaled } from '../money/decimal.ts';

export function percentShares(parts: readonly bigint[], places = 2): (string | null)[] {
  const total = parts.reduce((sum, p) => sum + p, 0n);
  if (total <= 0n) return parts.map(() => null);
  const scale = 100n * 10n ** BigInt(places);
  const floors = parts.map((p) => (p * scale) / total);
  const remainders = parts.map((p, i) => ({ i, r: (p * scale) % total }));
  let missing = scale - floors.reduce((sum, f) => sum + f, 0n);
  // Ties go to the earlier part, so that the result does not depend on the sort's stability.
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (missing <= 0n) break;
    floors[i]! += 1n;
    missing -= 1n;
  }
  return floors.map((f) => formatScaled(f, places));
}
