/**
 * Table-driven sentence cases: each sentence with the facts a reader expects from it. Only the
 * fields written in a case are checked, so a case states exactly what it is about.
 */
import { expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { Fact, Lang, Money, Qualifier, Quantity } from '../types.ts';

export type Expected = Partial<Omit<Fact, 'evidence' | 'mentions' | 'doc'>> & { type: Fact['type'] };

export interface Case {
  text: string;
  /** Facts that must be found (fields given must match). */
  facts?: Expected[];
  /** Fact types that must not be found at all. */
  none?: Array<Fact['type']>;
  /** No other fact of the types in `facts` may be found: the sentence says exactly these. */
  only?: boolean;
  published?: string | null;
}

export const PUBLISHED = '2025-07-15'; // a Tuesday

function matches(fact: Fact, expected: Expected): boolean {
  return Object.entries(expected).every(([k, v]) => {
    const actual = fact[k as keyof Fact];
    if (k === 'participants')
      return [...(actual as string[])].sort().join() === [...(v as string[])].sort().join();
    return JSON.stringify(actual) === JSON.stringify(v);
  });
}

export function runCases(lang: Lang, cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text, () => {
      const facts = extract(c.text, { lang, published: c.published === undefined ? PUBLISHED : c.published });
      for (const e of c.facts ?? []) {
        const found = facts.some((f) => matches(f, e));
        expect(
          found,
          `expected ${JSON.stringify(e)}\n got ${JSON.stringify(facts.map(({ doc: _d, evidence: _e, mentions: _m, ...f }) => f))}`,
        ).toBe(true);
      }
      if (c.only) {
        const types = new Set((c.facts ?? []).map((e) => e.type));
        expect(facts.filter((f) => types.has(f.type)).length, `exactly the facts listed`).toBe(
          c.facts?.length ?? 0,
        );
      }
      for (const type of c.none ?? []) {
        expect(
          facts.filter((f) => f.type === type),
          `no ${type} expected`,
        ).toEqual([]);
      }
    });
  }
}

export const q = (value: number | null, qualifier: Qualifier = 'exact'): Quantity => ({ value, qualifier });
const money =
  (currency: string) =>
  (amount: number | null, qualifier: Qualifier = 'exact'): Money => ({ amount, currency, qualifier });
export const eur = money('EUR');
export const usd = money('USD');
export const gbp = money('GBP');
export const cad = money('CAD');
export const aud = money('AUD');
export const dkk = money('DKK');
export const nok = money('NOK');
