/**
 * Aligns predicted facts with gold facts of one article. A pair is possible when both have the
 * same type and either their evidence overlaps (any predicted span, `evidence` or `mentions`,
 * intersecting the gold evidence) or their key fields agree (see `keyAgrees`). Pairs are taken
 * greedily, best first: overlapping evidence, then the number of agreeing fields.
 */
import type { Fact, Span } from '../types.ts';

export type GoldFact = Partial<Fact> & Pick<Fact, 'type' | 'evidence'>;

export const SCORED_FIELDS = ['donor', 'recipient', 'item', 'quantity', 'money', 'date'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function fieldEquals(field: string, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (field === 'money') {
    const x = a as Fact['money'] & object;
    const y = b as Fact['money'] & object;
    const amount =
      x.amount === null || y.amount === null
        ? x.amount === y.amount
        : Math.abs(x.amount - y.amount) <= 1e-9 * Math.abs(y.amount);
    return amount && x.currency === y.currency && x.qualifier === y.qualifier;
  }
  if (field === 'participants')
    return [...(a as string[])].sort().join() === [...(b as string[])].sort().join();
  return JSON.stringify(a) === JSON.stringify(b);
}

function keyAgrees(p: Fact, g: GoldFact): boolean {
  const eq = (f: keyof Fact) => g[f] !== undefined && g[f] !== null && fieldEquals(f, p[f], g[f]);
  switch (g.type) {
    case 'commitment':
      return eq('donor') && (eq('item') || eq('money'));
    case 'total':
      return eq('money');
    case 'meeting':
      return eq('kind') && eq('date');
    case 'target':
      return eq('value');
    case 'deadline':
      return eq('date');
  }
}

/**
 * Strict pairing: besides overlapping or agreeing, the pair must agree on what identifies the
 * fact wherever gold states it — who gives, what, how many and how much for commitments and
 * totals; the kind for meetings; the value for targets; the date for deadlines.
 */
function strictAgrees(p: Fact, g: GoldFact): boolean {
  const agrees = (f: keyof Fact) => g[f] === undefined || g[f] === null || fieldEquals(f, p[f], g[f]);
  switch (g.type) {
    case 'commitment':
    case 'total':
      return (
        agrees('donor') &&
        agrees('item') &&
        (!g.money || g.money.amount === null || p.money?.amount === g.money.amount) &&
        (!g.quantity || p.quantity?.value === g.quantity.value)
      );
    case 'meeting':
      return agrees('kind');
    case 'target':
      return agrees('value');
    case 'deadline':
      return agrees('date');
  }
}

export interface Pair {
  predicted: Fact;
  gold: GoldFact;
  evidenceOverlaps: boolean;
}

export function alignFacts(predicted: readonly Fact[], gold: readonly GoldFact[], strict = false): Pair[] {
  const options: Array<Pair & { score: number }> = [];
  for (const p of predicted) {
    for (const g of gold) {
      if (p.type !== g.type) continue;
      const anyOverlap = [p.evidence, ...p.mentions].some((s) => overlaps(s, g.evidence));
      if (!anyOverlap && !keyAgrees(p, g)) continue;
      if (strict && !strictAgrees(p, g)) continue;
      const agreeing = Object.keys(g).filter(
        (f) => f !== 'evidence' && fieldEquals(f, p[f as keyof Fact], g[f as keyof GoldFact]),
      ).length;
      options.push({
        predicted: p,
        gold: g,
        evidenceOverlaps: overlaps(p.evidence, g.evidence),
        score: (anyOverlap ? 100 : 0) + agreeing,
      });
    }
  }
  options.sort((a, b) => b.score - a.score);
  const usedP = new Set<Fact>();
  const usedG = new Set<GoldFact>();
  const pairs: Pair[] = [];
  for (const o of options) {
    if (usedP.has(o.predicted) || usedG.has(o.gold)) continue;
    usedP.add(o.predicted);
    usedG.add(o.gold);
    pairs.push({ predicted: o.predicted, gold: o.gold, evidenceOverlaps: o.evidenceOverlaps });
  }
  return pairs;
}
