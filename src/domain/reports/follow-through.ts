/**
 * Follow-through per meeting: what was announced at each meeting, and how much of it has since
 * been committed, contracted and delivered as known on a date; per donor, the median days from
 * announcement to first and to full delivery. Pure: commitments, events and values come in.
 */
import { groupBy } from '../group-by.ts';
import { derivePipeline, type PipelineEvent, type PipelineLine } from '../ledger/pipeline.ts';
import type { Status } from '../ledger/vocabulary.ts';
import { add, divide, formatRatio, fromBigInt, multiply, roundRatio, type Ratio } from '../money/decimal.ts';
import { figure, type MoneyFigure } from './burden.ts';
import { medianDays } from './median.ts';
import { daysBetween, deliveryMilestones } from './milestones.ts';
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
  lines: readonly PipelineLine[];
  events: readonly PipelineEvent[];
}

export interface MeetingInfo {
  id: string;
  kind: string;
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

function deliveredShare(
  status: Status,
  lines: readonly { committed: bigint | null; delivered: bigint }[],
): Ratio {
  if (status === 'delivered') return { num: 1n, den: 1n };
  const measurable = lines.filter((l) => l.committed !== null && l.committed > 0n);
  if (!measurable.length) return { num: 0n, den: 1n };
  const sum = measurable.reduce<Ratio>((acc, l) => {
    const d = l.delivered < l.committed! ? l.delivered : l.committed!;
    return add(acc, { num: d, den: l.committed! });
  }, fromBigInt(0n));
  return divide(sum, fromBigInt(BigInt(measurable.length)));
}

const pct = (part: bigint, whole: bigint) =>
  whole > 0n ? formatRatio(multiply({ num: part, den: whole }, fromBigInt(100n)), 2) : null;

export function shapeFollowThrough(
  meetings: readonly MeetingInfo[],
  commitments: readonly FollowedCommitment[],
  asOf: string,
  basis: ValuationBasis,
  currency = 'EUR',
) {
  const evaluated = commitments.map((c) => {
    const state = derivePipeline(c.lines, c.events, asOf);
    const valuation = valueUnder(c.valued, basis);
    const share = deliveredShare(state.status, state.lines);
    const units = state.lines.reduce((s, l) => s + (l.committed ?? 0n), 0n);
    const deliveredUnits = state.lines.reduce(
      (s, l) => s + (l.committed !== null && l.delivered > l.committed ? l.committed : l.delivered),
      0n,
    );
    const milestones = deliveryMilestones(c.lines, c.events, asOf);
    return { c, state, valuation, share, units, deliveredUnits, milestones };
  });
  type Evaluated = (typeof evaluated)[number];
  const deliveredValue = (e: Evaluated, v: bigint) =>
    roundRatio({ num: v * e.share.num, den: e.share.den }, 'half_even');
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
      add(announced, v, e.units);
      if (committedStatuses.includes(e.state.status)) add(committed, v, e.units);
      if (contractedStatuses.includes(e.state.status)) add(contracted, v, e.units);
      if (e.state.status === 'cancelled') cancelled++;
      if (e.deliveredUnits > 0n || e.share.num > 0n) add(delivered, deliveredValue(e, v), e.deliveredUnits);
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
        status: e.state.status,
        value: e.valuation.value === null ? null : money(e.valuation.value),
        basis: e.valuation.basis,
        delivered_value: e.valuation.value === null ? null : money(deliveredValue(e, e.valuation.value)),
        units: e.units.toString(),
        delivered_units: e.deliveredUnits.toString(),
        first_delivery_on: e.milestones.firstDeliveryOn,
        full_delivery_on: e.milestones.fullDeliveryOn,
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
    const first = days((e) => e.milestones.firstDeliveryOn);
    const full = days((e) => e.milestones.fullDeliveryOn);
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
