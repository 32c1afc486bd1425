/**
 * Mentions of one fact within an article become one fact: candidates of the same type whose
 * fields never disagree (null agrees with anything) are merged. The most complete mention is
 * the evidence; the others are listed in `mentions`.
 */
import type { Candidate } from './rules/candidate.ts';
import type { Fact, Money, Span } from './types.ts';

/** Two field values agree when one is null or both are written alike; two different strings never are. */
const same = <T>(a: T | null, b: T | null) =>
  a === null ||
  b === null ||
  a === b ||
  (!(typeof a === 'string' && typeof b === 'string') && JSON.stringify(a) === JSON.stringify(b));
const sameAmount = (a: Money | null, b: Money | null) =>
  a === null ||
  b === null ||
  ((a.amount === null || b.amount === null || a.amount === b.amount) && same(a.currency, b.currency));
/** Dates agree when one holds the other ("2023-01" and "2023-01-19"); a pledge of January is not one of May. */
const sameDay = (a: Candidate['date'], b: Candidate['date']) =>
  a === null || b === null || a.value.startsWith(b.value) || b.value.startsWith(a.value);
const subset = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));

function compatible(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'commitment':
      return (
        a.donor === b.donor &&
        same(a.recipient, b.recipient) &&
        same(a.item, b.item) &&
        same(a.category, b.category) &&
        same(a.quantity, b.quantity) &&
        sameAmount(a.money, b.money) &&
        same(a.mode, b.mode) &&
        sameDay(a.date, b.date) &&
        !countsAnotherKind(a, b) &&
        !countsAnotherKind(b, a)
      );
    case 'total':
      return (
        same(a.donor, b.donor) &&
        a.money?.amount === b.money?.amount &&
        same(a.money?.currency ?? null, b.money?.currency ?? null)
      );
    case 'meeting':
      return (
        same(a.kind, b.kind) &&
        same(a.date, b.date) &&
        same(a.country, b.country) &&
        (subset(a.participants, b.participants) || sameSession(a, b))
      );
    case 'target':
      return a.value === b.value;
    case 'deadline':
      return same(a.date, b.date);
  }
}

/**
 * A contact-group session, a NATO summit or ministerial on a given day is one meeting, whoever each
 * sentence names at it ("la réunion du Groupe de contact … mercredi" told by the German minister and
 * by the article).
 */
const SESSIONS = new Set(['udcg', 'nato_summit', 'nato_ministerial']);
const sameSession = (a: Candidate, b: Candidate) =>
  a.kind !== null &&
  SESSIONS.has(a.kind) &&
  a.kind === b.kind &&
  a.date?.granularity === 'day' &&
  a.date.value === b.date?.value;

/** "120 Manpads" (a kind, counted) is not a count of the IRIS-T (an item) told elsewhere without one. */
const countsAnotherKind = (kind: Candidate, item: Candidate) =>
  kind.item === null && item.item !== null && kind.quantity !== null && item.quantity === null;

const filled = (c: Candidate) =>
  Object.entries(c).filter(
    ([k, v]) =>
      k !== 'evidence' &&
      k !== 'confidence' &&
      k !== 'cue' &&
      v !== null &&
      !(Array.isArray(v) && v.length === 0),
  ).length;

interface Group {
  facts: Candidate[];
  merged: Candidate;
}

export function mergeMentions(doc: string, candidates: readonly Candidate[]): Fact[] {
  const groups: Group[] = [];
  for (const c of candidates) {
    const group = groups.find((g) => compatible(g.merged, c));
    if (group) {
      group.facts.push(c);
      group.merged = union(group.merged, c);
    } else groups.push({ facts: [c], merged: { ...c } });
  }
  return groups.map(({ facts, merged }) => {
    const best = facts.reduce((a, b) => (filled(b) > filled(a) ? b : a));
    const mentions: Span[] = facts.filter((f) => f !== best).map((f) => f.evidence);
    const confidence = Math.min(
      0.99,
      Math.max(...facts.map((f) => f.confidence)) + 0.03 * (facts.length - 1),
    );
    return {
      doc,
      ...merged,
      evidence: best.evidence,
      cue: best.cue ?? merged.cue,
      mentions,
      confidence: Math.round(confidence * 100) / 100,
    };
  });
}

function union(a: Candidate, b: Candidate): Candidate {
  const out: Candidate = { ...a };
  for (const key of Object.keys(b) as Array<keyof Candidate>) {
    const mine = out[key];
    const theirs = b[key];
    if (key === 'participants') out.participants = [...new Set([...a.participants, ...b.participants])];
    else if ((mine === null || (Array.isArray(mine) && mine.length === 0)) && theirs !== null) {
      (out as unknown as Record<string, unknown>)[key] = theirs;
    }
  }
  if (a.money && b.money && a.money.amount === null && b.money.amount !== null) out.money = b.money;
  return out;
}
