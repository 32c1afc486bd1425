/**
 * Follow-through per meeting: what was announced at each meeting, and how much of it has since
 * been committed, contracted and delivered as known on a date; per donor, the median days from
 * announcement to first and to full delivery. Pure: each commitment's pipeline facts as known on
 * the date (derived in SQL, src/store/reports/progress.sql.ts) and its values come in.
 */
import { daysBetween } from '../dates.ts';
import { groupBy } from '../group-by.ts';
import type { meetingKinds, Status } from '../ledger/vocabulary.ts';
import { formatRatio, fromBigInt, multiply, roundRatio, type Ratio } from '../money/decimal.ts';
import { figure, type MoneyFigure } from './burden.ts';
import { medianDays } from './median.ts';
import {
  shapeRange,
  totalsByBasis,
  valueUnder,
  type ValuationBasis,
  type ValuedCommitment,
} from './valuation.ts';

export const followThroughRules: readonly string[] = [
  'A meeting follows the commitments announced at it (their `meeting`); aid only: sales and replenishments are left out.',
  'Everything is as known on the as-of date: meetings held and commitments announced by then, the pipeline derived from the events that occurred by then (events voided by a correction known then are ignored).',
  'Committed: the value and units of the commitments whose derived status is committed, contracted, delivering or delivered; contracted: contracted, delivering or delivered. Cancelled commitments count in neither.',
  'Delivered: value × delivered share (the mean over the lines with a quantity of delivered ÷ committed, at most 1; 1 once the status is delivered), rounded once per commitment, half to even; units: delivered quantities, at most the committed quantity per line.',
  'Values in EUR, each amount converted at its value date (the last ECB rate on or before it) and rounded once, half to even; in-kind lines valued on the chosen basis (see the valuation rules); vague amounts are counted, not valued.',
  'Days to first delivery: from the announcement date to the first day the commitment was delivering or had a delivered quantity; to full delivery: to the day it became delivered (and stayed so). Medians are exact: the mean of the two middle values when the count is even.',
];

export interface FollowedCommitment {
  id: string;
  donor: string;
  meetingId: string;
  announcedOn: string;
  valued: ValuedCommitment;
  /** The derived status as known on the as-of date. */
  status: Status;
  /** Committed and delivered units, all lines summed (delivered at most committed, per line). */
  units: bigint;
  deliveredUnits: bigint;
  /** Delivered share: 1 once delivered, else the mean over the lines with a quantity of delivered ÷ committed (at most 1). */
  share: Ratio;
  firstDeliveryOn: string | null;
  fullDeliveryOn: string | null;
}

export interface MeetingInfo {
  id: string;
  kind: (typeof meetingKinds)[number];
  number: number | null;
  date: string;
  place: string | null;
}

const committedStatuses: readonly Status[] = ['committed', 'contracted', 'delivering', 'delivered'];
const contractedStatuses: readonly Status[] = ['contracted', 'delivering', 'delivered'];

interface Stage {
  count: number;
  value: bigint;
  units: bigint;
}
const stage = (): Stage => ({ count: 0, value: 0n, units: 0n });

const pct = (part: bigint, whole: bigint) =>
  whole > 0n ? formatRatio(multiply({ num: part, den: whole }, fromBigInt(100n)), 2) : null;

export function shapeFollowThrough(
  meetings: readonly MeetingInfo[],
  commitments: readonly FollowedCommitment[],
  basis: ValuationBasis,
  currency = 'EUR',
) {
  const evaluated = commitments.map((c) => ({ c, valuation: valueUnder(c.valued, basis) }));
  type Evaluated = (typeof evaluated)[number];
  const deliveredValue = (e: Evaluated, v: bigint) =>
    roundRatio({ num: v * e.c.share.num, den: e.c.share.den }, 'half_even');
  const money = (v: bigint) => figure(v, currency);

  const byMeeting = groupBy(evaluated, (e) => e.c.meetingId);
  const meetingRows = meetings.map((m) => {
    const own = byMeeting.get(m.id) ?? [];
    const announced = stage();
    const committed = stage();
    const contracted = stage();
    const delivered = stage();
    let estimated = 0n;
    let unvalued = 0;
    let cancelled = 0;
    for (const e of own) {
      const v = e.valuation.value ?? 0n;
      if (e.valuation.value === null) unvalued++;
      if (e.valuation.estimated) estimated += v;
      const add = (s: Stage, value: bigint, units: bigint) => {
        s.count++;
        s.value += value;
        s.units += units;
      };
      add(announced, v, e.c.units);
      if (committedStatuses.includes(e.c.status)) add(committed, v, e.c.units);
      if (contractedStatuses.includes(e.c.status)) add(contracted, v, e.c.units);
      if (e.c.status === 'cancelled') cancelled++;
      if (e.c.deliveredUnits > 0n || e.c.share.num > 0n)
        add(delivered, deliveredValue(e, v), e.c.deliveredUnits);
    }
    const byValued = new Map(own.map((e) => [e.c.valued, e]));
    const range = (weigh: (e: Evaluated, v: bigint) => bigint) => {
      const r = totalsByBasis(
        own.map((e) => e.c.valued),
        (c, v) => weigh(byValued.get(c)!, v),
      );
      return shapeRange(r, money);
    };
    const shown = (s: Stage) => ({ count: s.count, value: money(s.value), units: s.units.toString() });
    return {
      meeting: m,
      commitments: own.length,
      announced: shown(announced),
      committed: { ...shown(committed), value_pct: pct(committed.value, announced.value) },
      contracted: { ...shown(contracted), value_pct: pct(contracted.value, announced.value) },
      delivered: {
        ...shown(delivered),
        value_pct: pct(delivered.value, announced.value),
        units_pct: pct(delivered.units, announced.units),
      },
      cancelled,
      unvalued,
      estimated: money(estimated),
      range:
        estimated > 0n
          ? { announced: range((_e, v) => v), delivered: range((e, v) => deliveredValue(e, v)) }
          : null,
      items: own.map((e) => ({
        id: e.c.id,
        donor: e.c.donor,
        announced_on: e.c.announcedOn,
        status: e.c.status,
        value: e.valuation.value === null ? null : money(e.valuation.value),
        basis: e.valuation.basis,
        delivered_value: e.valuation.value === null ? null : money(deliveredValue(e, e.valuation.value)),
        units: e.c.units.toString(),
        delivered_units: e.c.deliveredUnits.toString(),
        first_delivery_on: e.c.firstDeliveryOn,
        full_delivery_on: e.c.fullDeliveryOn,
      })),
    };
  });

  const byDonor = groupBy(evaluated, (e) => e.c.donor);
  const donors = [...byDonor.keys()].sort().map((donor) => {
    const own = byDonor.get(donor)!;
    const days = (pick: (e: Evaluated) => string | null) =>
      own.flatMap((e) => {
        const on = pick(e);
        return on === null ? [] : [daysBetween(e.c.announcedOn, on)];
      });
    const first = days((e) => e.c.firstDeliveryOn);
    const full = days((e) => e.c.fullDeliveryOn);
    return {
      donor,
      commitments: own.length,
      first_delivery: { count: first.length, median_days: medianDays(first) },
      full_delivery: { count: full.length, median_days: medianDays(full) },
    };
  });
  return { meetings: meetingRows, donors };
}

export type FollowThroughShape = ReturnType<typeof shapeFollowThrough>;
export type { MoneyFigure };
