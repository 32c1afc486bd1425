/**
 * Scores of the extractor against gold facts: precision, recall and F1 per fact type and per
 * field, and the share of matched facts whose evidence overlaps the gold evidence.
 * Field rule: on matched pairs only, and only where the gold fact has the field. A gold value
 * found → true positive; a gold value missed or replaced → false negative (and a false
 * positive if replaced); a value where gold says null → false positive.
 */
import type { Fact, FactType } from '../types.ts';
import { alignFacts, fieldEquals, SCORED_FIELDS, type GoldFact, type ScoredField } from './match.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  documents: number;
  types: Record<FactType, Counts>;
  overall: Counts;
  fields: Record<ScoredField, Counts>;
  evidence: { matched: number; overlapping: number; share: number };
}

export interface ScoredDocument {
  gold: readonly GoldFact[];
  predicted: readonly Fact[];
}

const TYPES: FactType[] = ['commitment', 'total', 'meeting', 'target', 'deadline'];

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

/** `strict`: a pair must also agree on donor, item, quantity, amount (commitments, totals) or kind (meetings). */
export function scoreDocuments(docs: readonly ScoredDocument[], strict = false): Scores {
  const raw = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FactType,
    { tp: number; fp: number; fn: number }
  >;
  const fieldRaw = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredField,
    { tp: number; fp: number; fn: number }
  >;
  let matched = 0;
  let overlapping = 0;
  for (const { gold, predicted } of docs) {
    const pairs = alignFacts(predicted, gold, strict);
    for (const t of TYPES) {
      const tp = pairs.filter((p) => p.gold.type === t).length;
      raw[t].tp += tp;
      raw[t].fp += predicted.filter((p) => p.type === t).length - tp;
      raw[t].fn += gold.filter((g) => g.type === t).length - tp;
    }
    for (const pair of pairs) {
      matched++;
      if (pair.evidenceOverlaps) overlapping++;
      for (const f of SCORED_FIELDS) {
        if (!(f in pair.gold)) continue;
        const g = pair.gold[f] ?? null;
        const p = pair.predicted[f] ?? null;
        const c = fieldRaw[f];
        if (g !== null && fieldEquals(f, p, g)) c.tp++;
        else {
          if (g !== null) c.fn++;
          if (p !== null) c.fp++;
        }
      }
    }
  }
  const all = Object.values(raw).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }));
  return {
    documents: docs.length,
    types: Object.fromEntries(TYPES.map((t) => [t, counts(raw[t].tp, raw[t].fp, raw[t].fn)])) as Record<
      FactType,
      Counts
    >,
    overall: counts(all.tp, all.fp, all.fn),
    fields: Object.fromEntries(
      SCORED_FIELDS.map((f) => [f, counts(fieldRaw[f].tp, fieldRaw[f].fp, fieldRaw[f].fn)]),
    ) as Record<ScoredField, Counts>,
    evidence: { matched, overlapping, share: matched === 0 ? 0 : round(overlapping / matched) },
  };
}

export function formatScores(s: Scores): string {
  const row = (name: string, c: Counts) =>
    `${name.padEnd(12)} ${c.precision.toFixed(3)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}   ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
  const head = `${''.padEnd(12)} prec.  recall F1       tp  fp  fn`;
  return [
    `${s.documents} documents`,
    '',
    `by fact type`,
    head,
    ...Object.entries(s.types).map(([t, c]) => row(t, c)),
    row('all', s.overall),
    '',
    'by field (matched facts, where gold gives the field)',
    head,
    ...Object.entries(s.fields).map(([f, c]) => row(f, c)),
    '',
    `evidence overlaps gold: ${s.evidence.overlapping}/${s.evidence.matched} matched facts (${(s.evidence.share * 100).toFixed(1)} %)`,
  ].join('\n');
}
