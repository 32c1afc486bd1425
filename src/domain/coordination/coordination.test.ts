import { describe, expect, it } from 'vitest';
import { medianInterval, nextWeekday, suggestNextSession } from './cadence.ts';
import { computeCoverage } from './coverage.ts';
import { foldLine, renderCalendar } from './icalendar.ts';
import { damerauLevenshtein } from './name-distance.ts';
import { reconcileNames, type OfficeHolding } from './reconcile-names.ts';

const holding = (
  h: Partial<OfficeHolding> &
    Pick<OfficeHolding, 'id' | 'given_name' | 'family_name' | 'role' | 'party' | 'from_on'>,
): OfficeHolding => ({
  aliases: [],
  title: h.role === 'nato_secretary_general' ? 'NATO Secretary General' : 'defence minister',
  to_on: null,
  ...h,
});

const registry = [
  holding({
    id: 'p',
    given_name: 'Boris',
    family_name: 'Pistorius',
    role: 'defence_minister',
    party: 'DE',
    from_on: '2023-01-19',
  }),
  holding({
    id: 'h',
    given_name: 'Pete',
    family_name: 'Hegseth',
    role: 'defence_minister',
    party: 'US',
    from_on: '2025-01-25',
  }),
  holding({
    id: 's',
    given_name: 'Jens',
    family_name: 'Stoltenberg',
    role: 'nato_secretary_general',
    party: 'NATO',
    from_on: '2014-10-01',
    to_on: '2024-10-01',
  }),
  holding({
    id: 'r',
    given_name: 'Mark',
    family_name: 'Rutte',
    role: 'nato_secretary_general',
    party: 'NATO',
    from_on: '2024-10-01',
  }),
];

describe('name reconciliation', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(damerauLevenshtein('pistorius', 'pistroius')).toBe(1);
    expect(damerauLevenshtein('pistorius', 'pistorious')).toBe(1);
  });

  it('flags a misspelled family name with the person it probably is', () => {
    const flags = reconcileNames(
      'In Brussels the German minister Pistorious promised more air defence.',
      '2025-04-11',
      registry,
    );
    expect(flags).toEqual([
      expect.objectContaining({ kind: 'misspelled', text: 'Pistorious', person: 'Boris Pistorius' }),
    ]);
  });

  it('flags a first name that is not the office holder’s', () => {
    const flags = reconcileNames('On Friday Dan Hegseth met his counterparts.', '2025-06-04', registry);
    expect(flags.map((f) => [f.kind, f.text])).toEqual([['first_name_mismatch', 'Dan Hegseth']]);
    expect(reconcileNames('On Friday Pete Hegseth met his counterparts.', '2025-06-04', registry)).toEqual(
      [],
    );
  });

  it('flags a title held by someone else on the source’s date, and not before', () => {
    const text = 'NATO Secretary General Jens Stoltenberg welcomed the new package.';
    const flags = reconcileNames(text, '2025-03-01', registry);
    expect(flags).toEqual([expect.objectContaining({ kind: 'title_held_by_other', text: 'Stoltenberg' })]);
    expect(flags[0]!.message).toContain('Mark Rutte');
    expect(reconcileNames(text, '2023-03-01', registry)).toEqual([]);
  });
});

describe('coverage', () => {
  it('splits a commitment being delivered between delivered and contracted, and keeps cancelled ones out', () => {
    const c = computeCoverage(10n, [
      {
        commitmentId: 'a',
        status: 'delivering',
        quantity: 4n,
        delivered: 1n,
        money: { minor: 100n, currency: 'EUR' },
      },
      { commitmentId: 'b', status: 'announced', quantity: 2n, delivered: 0n, money: null },
      { commitmentId: 'c', status: 'cancelled', quantity: 5n, delivered: 0n, money: null },
    ]);
    expect(c.quantity).toEqual({ pledged: 2n, contracted: 3n, delivered: 1n });
    expect(c.gap).toBe(4n);
    expect(c.value.contracted.get('EUR')).toBe(100n);
  });
});

describe('cadence and calendar', () => {
  it('suggests the next session from the median interval, on a weekday', () => {
    expect(medianInterval(['2025-01-01', '2025-02-01', '2025-03-15', '2025-04-14'])).toBe(31);
    expect(nextWeekday('2025-03-15')).toBe('2025-03-17');
    expect(suggestNextSession(['2025-01-09', '2025-02-12'])).toMatchObject({
      date: '2025-03-18',
      interval_days: 34,
    });
    // Eight months after the last session the suggestion is not in the past: the next date in the cadence.
    expect(suggestNextSession(['2025-01-09', '2025-02-12'], '2025-10-01')).toMatchObject({
      date: '2025-10-08',
      after: '2025-02-12',
    });
  });

  it('writes RFC 5545: CRLF, escaped text, all-day dates, lines folded at 75 octets without splitting a character', () => {
    const ics = renderCalendar(
      [
        {
          uid: 'udcg-26@test',
          date: '2025-02-12',
          endDate: null,
          summary: 'Contact group; chairs: GB, DE',
          location: 'Brussels',
          description: 'Ä'.repeat(60),
          status: 'CONFIRMED',
          url: null,
        },
      ],
      new Date('2025-01-01T10:00:00Z'),
      'test',
    );
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20250212\r\nDTEND;VALUE=DATE:20250213\r\n');
    expect(ics).toContain('SUMMARY:Contact group\\; chairs: GB\\, DE\r\n');
    expect(ics).toContain('DTSTAMP:20250101T100000Z');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${'Ä'.repeat(60)}`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });
});
