/**
 * The briefing pack of a meeting: what was announced since the previous meeting of the same
 * kind, deliveries overdue against their planned dates, the top uncovered requirements, reported
 * figures still in conflict, what falls due before the next meeting, who chairs and attends, and
 * what became of the previous meeting's pledges by this one (its follow-through).
 */
import type { Qualifier } from '../../domain/ledger/vocabulary.ts';
import { shortName } from '../../domain/wording/item-label.ts';
import { markingOf } from '../../domain/access/marking.ts';
import { requirePermission } from '../../domain/access/permissions.ts';
import { addDays, daysBetween, suggestNextSession } from '../../domain/coordination/cadence.ts';
import type { AppContext } from '../context.ts';
import { listEquipment } from '../equipment/list-equipment.ts';
import { listCommitments } from '../commitments/list-commitments.ts';
import { getMeeting } from '../meetings/get-meeting.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { officeHoldings } from '../people/check-people.ts';
import { listRequirementLists } from '../requirements/get-requirement-list.ts';
import { reportFollowThrough } from '../reports/report-follow-through.ts';
import { reportCoverage } from '../requirements/report-coverage.ts';
import { listTimeline } from '../timeline/list-timeline.ts';
import { claimConflicts } from './claim-conflicts.ts';
import { meetingRecord } from './record-meeting.ts';

const everything = { limit: 100_000, offset: 0 };

type Line = {
  equipment: string | null;
  category: string | null;
  quantity: number | null;
  quantity_qualifier: Qualifier | null;
};

const summariseItems = (items: Line[]) =>
  items.map((i) => `${i.quantity ?? '?'} ${i.equipment ?? i.category}`).join(', ');

/** A commitment's lines with the catalogue's short name and unit, for the pack to word them. */
const linesOf = (items: Line[], catalogue: Map<string, { name: string; unit: string }>) =>
  items.map((i) => {
    const entry = i.equipment ? catalogue.get(i.equipment) : undefined;
    return {
      equipment: i.equipment,
      category: i.category,
      quantity: i.quantity,
      quantity_qualifier: i.quantity_qualifier,
      name: entry?.name ?? null,
      unit: entry?.unit ?? null,
    };
  });

export async function buildBrief(ctx: AppContext, meetingId: string) {
  requirePermission(ctx.actor, 'reports:read');
  const meeting = await getMeeting(ctx, meetingId);
  const { items: sameKind } = await listMeetings(ctx, { kind: meeting.kind }, everything);
  const held = sameKind.filter((m) => m.status !== 'cancelled');
  const previous = held.filter((m) => m.date < meeting.date).at(-1) ?? null;
  const next = sameKind.find((m) => m.date > meeting.date) ?? null;
  const suggested = next
    ? null
    : suggestNextSession(held.filter((m) => m.date <= meeting.date).map((m) => m.date));
  const horizon = next?.date ?? suggested?.date ?? addDays(meeting.date, 45);
  const since = previous?.date ?? addDays(meeting.date, -45);

  const all = await listCommitments(ctx, {
    sort: 'announced_on',
    limit: 100_000,
    offset: 0,
    asOf: meeting.date,
  });
  const { items: equipment } = await listEquipment(ctx, {}, everything);
  const catalogue = new Map(equipment.map((e) => [e.id, { name: shortName(e), unit: e.unit }]));
  const announced = all.items
    .filter(
      (c) =>
        c.announced_at === meeting.id ||
        (c.announced_on !== null && c.announced_on > since && c.announced_on <= meeting.date),
    )
    .map((c) => ({
      id: c.id,
      donor: c.donor,
      announced_on: c.announced_on,
      at_this_meeting: c.announced_at === meeting.id,
      items: summariseItems(c.items),
      lines: linesOf(c.items, catalogue),
      money: c.money
        ? { amount: c.money.amount, currency: c.money.currency, qualifier: c.money.qualifier }
        : null,
    }));
  // The state as known on the meeting's day: a delivery recorded later is still overdue then.
  const overdue = all.items
    .filter((c) => c.state.planned_on !== null && c.state.planned_on < meeting.date)
    .filter((c) => c.state.status !== 'delivered' && c.state.status !== 'cancelled')
    .map((c) => ({
      id: c.id,
      donor: c.donor,
      status: c.state.status,
      planned_on: c.state.planned_on!,
      days_late: daysBetween(c.state.planned_on!, meeting.date),
      items: summariseItems(c.items),
      lines: linesOf(c.items, catalogue),
    }));

  const uncovered = [];
  const lists = await listRequirementLists(ctx, null);
  for (const list of lists) {
    const coverage = await reportCoverage(ctx, { list: list.id, as_of: meeting.date });
    for (const r of coverage.requirements.filter((x) => x.uncovered)) {
      uncovered.push({
        list: list.id,
        key: r.key,
        capability: r.capability,
        what: r.equipment ?? r.category,
        priority: r.priority,
        quantity: r.quantity,
        unit: r.unit,
        covered: r.covered,
        gap: r.gap,
        needed_by: r.needed_by,
        visibility: r.visibility,
        owner_party: list.owner_party,
      });
    }
  }
  uncovered.sort((a, b) => a.priority - b.priority);
  const topUncovered = uncovered.slice(0, 10);

  const conflicts = await claimConflicts(ctx.db, ctx.actor, {
    from: addDays(meeting.date, -365),
    to: meeting.date,
  });
  const due = (await listTimeline(ctx, { from: meeting.date, to: horizon }))
    .filter((e) => e.kind !== 'meeting' || e.id !== meeting.id)
    .filter((e) => e.date >= meeting.date && e.date <= horizon);
  for (const r of uncovered) {
    if (r.needed_by && r.needed_by >= meeting.date && r.needed_by <= horizon) {
      due.push({
        date: r.needed_by,
        end_date: null,
        kind: 'deadline',
        id: `${r.list}/${r.key}`,
        title: `Needed by: ${r.capability}, ${r.what} (priority ${r.priority})`,
        text_id: 'needed-by' as const,
        text_params: {
          capability: r.capability,
          priority: String(r.priority),
          ...(r.what ? { what: r.what } : {}),
        },
        parties: [],
        sources: [],
      });
    }
  }
  due.sort((a, b) => a.date.localeCompare(b.date));

  const holdings = await officeHoldings(ctx);
  const holds = (role: string, party: string) =>
    holdings.find(
      (h) =>
        h.role === role &&
        h.party === party &&
        h.from_on <= meeting.date &&
        (!h.to_on || meeting.date < h.to_on),
    );
  const chairs = meeting.chairs.map((party) => {
    const person = holds(party === 'NATO' ? 'nato_secretary_general' : 'defence_minister', party);
    return {
      party,
      person: person ? `${person.given_name} ${person.family_name}` : null,
      title: person?.title ?? null,
    };
  });
  const record = await meetingRecord(ctx, meeting.id);
  // Since the last session: the previous meeting's pledges as known on this meeting's day.
  const followed = previous
    ? (await reportFollowThrough(ctx, { meeting: previous.id, as_of: meeting.date })).meetings[0]
    : undefined;
  const followThrough = followed
    ? {
        meeting: followed.meeting.id,
        as_of: meeting.date,
        commitments: followed.commitments,
        announced: followed.announced.value.amount,
        committed: followed.committed.value.amount,
        committed_pct: followed.committed.value_pct,
        contracted: followed.contracted.value.amount,
        contracted_pct: followed.contracted.value_pct,
        delivered: followed.delivered.value.amount,
        delivered_pct: followed.delivered.value_pct,
        cancelled: followed.cancelled,
        estimated: followed.range !== null,
      }
    : null;

  // Every record the pack draws on, for its marking; the follow-through totals count the previous
  // meeting's commitments, so those are included too.
  const drawnOn = new Set([...announced, ...overdue].map((c) => c.id));
  const marking = markingOf([
    meeting,
    ...all.items.filter((c) => drawnOn.has(c.id) || (previous && c.announced_at === previous.id)),
    ...lists.filter((l) => topUncovered.some((r) => r.list === l.id)),
    ...topUncovered,
    ...conflicts.flatMap((c) => c.claims),
  ]);

  return {
    marking,
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      number: meeting.number,
      date: meeting.date,
      status: meeting.status,
      place: meeting.place,
      format: meeting.format,
      notes: meeting.notes,
    },
    previous: previous ? { id: previous.id, date: previous.date } : null,
    next: next ? { id: next.id, date: next.date, status: next.status } : null,
    suggested_next: suggested,
    since,
    until: horizon,
    announced,
    follow_through: followThrough,
    overdue,
    uncovered: topUncovered,
    conflicts,
    due,
    chairs,
    participants: {
      parties: meeting.parties,
      count: meeting.participants_count,
      qualifier: meeting.participants_qualifier,
      substitutions: meeting.substitutions,
      attendance: record.attendance,
      decisions: record.decisions,
    },
    sources: meeting.sources.map((s) => s.url ?? s.id),
  };
}
export type Brief = Awaited<ReturnType<typeof buildBrief>>;
