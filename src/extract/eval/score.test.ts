import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { Fact } from '../types.ts';
import type { GoldFact } from './match.ts';
import { formatScores, scoreDocuments } from './score.ts';

const text =
  'Germany pledged two Patriot systems to Ukraine. The German minister met his American counterpart in Washington.';
const predicted: Fact[] = extract(text, { lang: 'en', published: '2025-07-15' });
const commitmentGold: GoldFact = {
  type: 'commitment',
  donor: 'DE',
  recipient: 'UA',
  item: 'patriot',
  quantity: { value: 2, qualifier: 'exact' },
  evidence: { start: 0, end: 35 },
};

describe('scoring', () => {
  it('matches facts by overlapping evidence and compares only the fields gold gives', () => {
    const s = scoreDocuments([{ gold: [commitmentGold], predicted }]);
    expect(s.types.commitment).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.fields.quantity).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.money).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(s.types.meeting).toMatchObject({ tp: 0, fp: 1 });
    expect(s.evidence.share).toBe(1);
  });

  it('counts a wrong field as both a miss and a false value', () => {
    const s = scoreDocuments([{ gold: [{ ...commitmentGold, donor: 'FR' }], predicted }]);
    expect(s.fields.donor).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('pairs facts by key when the evidence differs, and misses what is not there', () => {
    const far = { ...commitmentGold, evidence: { start: 500, end: 510 } };
    const missing: GoldFact = {
      type: 'total',
      money: { amount: 1, currency: 'USD', qualifier: 'exact' },
      evidence: { start: 0, end: 5 },
    };
    const s = scoreDocuments([{ gold: [far, missing], predicted }]);
    expect(s.types.commitment.tp).toBe(1);
    expect(s.evidence.share).toBe(0);
    expect(s.types.total).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(formatScores(s)).toContain('commitment');
  });

  it('in strict mode, a fact with the wrong donor or quantity is a miss and a false fact, not a match', () => {
    const wrongDonor = { ...commitmentGold, donor: 'FR' };
    const wrongQuantity = { ...commitmentGold, quantity: { value: 3, qualifier: 'exact' as const } };
    for (const gold of [wrongDonor, wrongQuantity]) {
      expect(scoreDocuments([{ gold: [gold], predicted }]).types.commitment.tp).toBe(1);
      expect(scoreDocuments([{ gold: [gold], predicted }], true).types.commitment).toMatchObject({
        tp: 0,
        fp: 1,
        fn: 1,
      });
    }
    expect(scoreDocuments([{ gold: [commitmentGold], predicted }], true).types.commitment.f1).toBe(1);
  });
});
