import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateFolder, referenceScores } from './eval.ts';

// The development corpus sits beside the clone (../shared/corpus/dev), as in CI. Its French and
// English held-out part (src/extract/eval/split.ts) is never used to write rules; the German
// held-out articles have been studied too since German rules were widened (docs/extraction.md),
// so their floor guards against losing ground, no longer estimates unseen articles. These floors
// are the strict all-facts F1 the reference scorer gave on each held-out part when they were set.
const DIR = '../shared/corpus/dev';
const HELD_OUT_FLOOR = { fr: 0.85, en: 0.82, de: 0.93 } as const;

describe.skipIf(!existsSync(`${DIR}/gold.jsonl`))('extraction on the held-out development articles', () => {
  it('keeps strict F1 per language at or above its floor', async () => {
    const evaluation = await evaluateFolder(DIR);
    const reference = referenceScores(DIR, evaluation);
    expect(reference).not.toBeNull();
    for (const [lang, floor] of Object.entries(HELD_OUT_FLOOR)) {
      const part = reference?.[lang as keyof typeof HELD_OUT_FLOOR];
      expect(part?.heldOut.all.f1, lang).toBeGreaterThanOrEqual(floor);
    }
    expect(evaluation.heldOut.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
