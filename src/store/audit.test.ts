/** Audit hashes must not change with how they are computed: old rows still verify. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson } from './audit.ts';

/** The definition: JSON.stringify with keys sorted and bigints as strings. */
const reference = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    return v;
  });

const samples: unknown[] = [
  null,
  0,
  -0,
  1e21,
  0.1,
  Number.NaN,
  'a "quoted" \\ line\nbreak \u2028 ü ✓ 𝄞',
  12345678901234567890n,
  [1, undefined, () => 0, null, 'x'],
  { b: 1, a: { d: [{ z: 1, y: undefined, x: new Date(Date.UTC(2024, 1, 14)) }], c: null }, _: true },
  { Z: 1, a: 2, é: 3, '10': 4, '9': 5, '': 6 },
  { nested: { money: { amount_minor: 150n, currency: 'EUR' }, items: [] }, empty: {} },
];

describe('canonical JSON', () => {
  it.each(samples.map((s, i) => [i, s]))('writes sample %i as the definition does', (_i, value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  it('hashes an audit row as the whole row in canonical JSON, chained to the previous hash', () => {
    const row = {
      seq: 42n,
      at: new Date('2026-01-02T03:04:05.678Z'),
      actor: 'anna',
      action: 'commitment.create',
      record_type: 'commitment',
      record_id: 'c-1',
      before: null,
      after: { b: [1, 2n], a: 'x' },
      request_id: null,
      prev_hash: 'f'.repeat(64),
    };
    const content = reference({ ...row, seq: '42', at: row.at.toISOString(), prev_hash: undefined });
    expect(auditHash(row)).toBe(createHash('sha256').update(row.prev_hash).update(content).digest('hex'));
  });
});
