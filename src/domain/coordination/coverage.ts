/**
 * Coverage of a requirement by the commitments linked to it. The pipeline state of each
 * commitment decides the bucket: what is announced or committed is pledged, what is contracted
 * or being delivered (and not yet delivered) is contracted, delivered quantities are delivered.
 * Cancelled commitments cover nothing. Money stays in the currency it was pledged in.
 */
import type { Status } from '../ledger/vocabulary.ts';

export const coverageBuckets = ['pledged', 'contracted', 'delivered'] as const;
export type CoverageBucket = (typeof coverageBuckets)[number];

export function bucketOf(status: Status): CoverageBucket | null {
  switch (status) {
    case 'announced':
    case 'committed':
      return 'pledged';
    case 'contracted':
    case 'delivering':
      return 'contracted';
    case 'delivered':
      return 'delivered';
    case 'cancelled':
      return null;
  }
}

/** One linked commitment, as much of it as answers this requirement. */
export interface CoveringPart {
  commitmentId: string;
  status: Status;
  /** Units of the requirement this link covers, null when the source gave no number. */
  quantity: bigint | null;
  /** Of those, already delivered. */
  delivered: bigint;
  /** Money counted for this requirement (null when it cannot be attributed without splitting). */
  money: { minor: bigint; currency: string } | null;
}

export interface Coverage {
  quantity: Record<CoverageBucket, bigint>;
  /** Per bucket, per currency, minor units. */
  value: Record<CoverageBucket, Map<string, bigint>>;
  /** Links whose quantity is unknown: they cover "something" but cannot be counted. */
  unquantified: number;
  /** Required minus covered (never negative); null when the requirement has no quantity. */
  gap: bigint | null;
  /** Share of the requirement covered, 0-100, rounded down; null without a quantity. */
  percent: number | null;
}

export function computeCoverage(required: bigint | null, parts: readonly CoveringPart[]): Coverage {
  const quantity: Record<CoverageBucket, bigint> = { pledged: 0n, contracted: 0n, delivered: 0n };
  const value: Coverage['value'] = { pledged: new Map(), contracted: new Map(), delivered: new Map() };
  let unquantified = 0;
  for (const part of parts) {
    const bucket = bucketOf(part.status);
    if (!bucket) continue;
    if (part.money) {
      const target = value[bucket];
      target.set(part.money.currency, (target.get(part.money.currency) ?? 0n) + part.money.minor);
    }
    if (part.quantity === null) {
      unquantified++;
      continue;
    }
    // A commitment being delivered is split: what arrived is delivered, the rest still contracted.
    const delivered = part.delivered > part.quantity ? part.quantity : part.delivered;
    if (bucket === 'delivered') quantity.delivered += part.quantity;
    else {
      quantity.delivered += delivered;
      quantity[bucket] += part.quantity - delivered;
    }
  }
  const covered = quantity.pledged + quantity.contracted + quantity.delivered;
  const gap = required === null ? null : required > covered ? required - covered : 0n;
  const percent =
    required === null || required === 0n
      ? null
      : Number(((covered > required ? required : covered) * 100n) / required);
  return { quantity, value, unquantified, gap, percent };
}

/** Whether a requirement still needs commitments: open, and not fully covered by number. */
export function isUncovered(status: string, coverage: Coverage): boolean {
  if (status !== 'open') return false;
  return coverage.gap === null ? coverage.unquantified === 0 : coverage.gap > 0n;
}
