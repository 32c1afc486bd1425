/**
 * Reported totals side by side, and the conflicts among them: claims about the same subject,
 * party and measure, made within a month of each other, whose figures cannot both be true
 * given their qualifiers. Pure: amounts (and their euro equivalents) come from the database.
 */
import { formatScaled } from '../money/decimal.ts';
import { minorUnits } from '../money/money.ts';

export const claimsRules: readonly string[] = [
  'Two claims conflict when they share subject, party and measure, their as-of dates are at most 31 days apart, and their amounts differ by more than their qualifiers allow.',
  'Qualifiers as ranges: exact = the amount itself; about = ±10 %; at least = the amount or more; at most = the amount or less. Vague amounts and claims without an as-of date never conflict.',
  'Amounts in different currencies are compared in euros, each converted at its own as-of date (the last ECB rate published on or before it).',
  'Conflict groups come first, earliest first; a group holds every claim linked to another by a conflict. The other claims follow, grouped by subject, party and measure.',
];

export const CONFLICT_WINDOW_DAYS = 31;

export interface ClaimFigure {
  id: string;
  subject: string;
  party: string | null;
  measure: string | null;
  amountMinor: bigint | null;
  currency: string | null;
  qualifier: string | null;
  asOf: string | null;
  claimedBy: string | null;
  /** The amount in euro minor units at the as-of date, null when it could not be converted. */
  eurMinor: bigint | null;
  sources: string[];
}

export interface ClaimView {
  id: string;
  amount: string | null;
  amount_minor: string | null;
  currency: string | null;
  qualifier: string | null;
  amount_eur: string | null;
  as_of: string | null;
  claimed_by: string | null;
  sources: string[];
}

export interface ClaimGroup {
  subject: string;
  party: string | null;
  measure: string | null;
  claims: ClaimView[];
}

export interface ConflictGroup extends ClaimGroup {
  /** The pairs that disagree, by claim id, with the days between their as-of dates. */
  pairs: { a: string; b: string; days_apart: number }[];
}

/** A range in tenths of a minor unit (so that ±10 % stays exact); `hi` null is unbounded. */
interface Range {
  lo: bigint;
  hi: bigint | null;
}

function range(amount: bigint, qualifier: string | null): Range | null {
  switch (qualifier ?? 'exact') {
    case 'exact':
      return { lo: amount * 10n, hi: amount * 10n };
    case 'about':
      return { lo: amount * 9n, hi: amount * 11n };
    case 'at_least':
      return { lo: amount * 10n, hi: null };
    case 'at_most':
      return { lo: 0n, hi: amount * 10n };
    default:
      return null;
  }
}

const disjoint = (a: Range, b: Range) => (a.hi !== null && a.hi < b.lo) || (b.hi !== null && b.hi < a.lo);

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Whether two claims of the same subject, party and measure cannot both hold. */
export function claimsConflict(a: ClaimFigure, b: ClaimFigure): boolean {
  if (a.asOf === null || b.asOf === null || daysBetween(a.asOf, b.asOf) > CONFLICT_WINDOW_DAYS) return false;
  const sameCurrency = a.currency !== null && a.currency === b.currency;
  const amountA = sameCurrency ? a.amountMinor : a.eurMinor;
  const amountB = sameCurrency ? b.amountMinor : b.eurMinor;
  if (amountA === null || amountB === null) return false;
  const ra = range(amountA, a.qualifier);
  const rb = range(amountB, b.qualifier);
  return ra !== null && rb !== null && disjoint(ra, rb);
}

function view(c: ClaimFigure): ClaimView {
  const major = (minor: bigint | null, currency: string | null) =>
    minor === null || currency === null ? null : formatScaled(minor, minorUnits(currency));
  return {
    id: c.id,
    amount: major(c.amountMinor, c.currency),
    amount_minor: c.amountMinor?.toString() ?? null,
    currency: c.currency,
    qualifier: c.qualifier,
    amount_eur: c.currency === 'EUR' ? null : major(c.eurMinor, 'EUR'),
    as_of: c.asOf,
    claimed_by: c.claimedBy,
    sources: c.sources,
  };
}

const byDate = (a: ClaimFigure, b: ClaimFigure) =>
  a.asOf === b.asOf
    ? a.id.localeCompare(b.id)
    : a.asOf === null
      ? 1
      : b.asOf === null
        ? -1
        : a.asOf < b.asOf
          ? -1
          : 1;

const keyOf = (c: ClaimFigure) => JSON.stringify([c.subject, c.party, c.measure]);

/** Conflict groups (connected by disagreeing pairs), then every other claim by subject. */
export function shapeClaims(claims: readonly ClaimFigure[]): {
  conflicts: ConflictGroup[];
  others: ClaimGroup[];
} {
  const series = new Map<string, ClaimFigure[]>();
  for (const c of claims) series.set(keyOf(c), [...(series.get(keyOf(c)) ?? []), c]);
  const conflicts: ConflictGroup[] = [];
  const others: ClaimGroup[] = [];
  for (const members of series.values()) {
    const sorted = [...members].sort(byDate);
    const parent = sorted.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    const pairs: ConflictGroup['pairs'] = [];
    sorted.forEach((a, i) =>
      sorted.slice(i + 1).forEach((b, k) => {
        if (!claimsConflict(a, b)) return;
        pairs.push({ a: a.id, b: b.id, days_apart: daysBetween(a.asOf!, b.asOf!) });
        parent[root(i + 1 + k)] = root(i);
      }),
    );
    const components = new Map<number, ClaimFigure[]>();
    sorted.forEach((c, i) => components.set(root(i), [...(components.get(root(i)) ?? []), c]));
    const head = sorted[0]!;
    const group = { subject: head.subject, party: head.party, measure: head.measure };
    const alone: ClaimFigure[] = [];
    for (const component of components.values()) {
      if (component.length < 2) {
        alone.push(...component);
        continue;
      }
      const ids = new Set(component.map((c) => c.id));
      conflicts.push({
        ...group,
        claims: component.map(view),
        pairs: pairs.filter((p) => ids.has(p.a)),
      });
    }
    if (alone.length) others.push({ ...group, claims: alone.sort(byDate).map(view) });
  }
  const firstDate = (g: ClaimGroup) => g.claims[0]?.as_of ?? '9999-12-31';
  conflicts.sort((a, b) =>
    firstDate(a) === firstDate(b) ? a.subject.localeCompare(b.subject) : firstDate(a) < firstDate(b) ? -1 : 1,
  );
  others.sort((a, b) =>
    a.subject === b.subject
      ? (a.party ?? '').localeCompare(b.party ?? '')
      : a.subject.localeCompare(b.subject),
  );
  return { conflicts, others };
}
