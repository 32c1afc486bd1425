/** The calendar feed of meetings, and the next session suggested from the group's cadence. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { suggestNextSession } from '../../domain/coordination/cadence.ts';
import { renderCalendar, type CalendarEntry } from '../../domain/coordination/icalendar.ts';
import type { AppContext } from '../context.ts';
import { listMeetings } from '../meetings/list-meetings.ts';

const names: Record<string, string> = {
  udcg: 'Ukraine Defense Contact Group',
  nato_summit: 'NATO summit',
  nato_ministerial: 'NATO ministerial',
  bilateral: 'Bilateral meeting',
  conference: 'Conference',
};

export async function suggestNextMeeting(ctx: AppContext, kind = 'udcg') {
  requirePermission(ctx.actor, 'ledger:read');
  const { items } = await listMeetings(ctx, { kind }, { limit: 100_000, offset: 0 });
  const held = items.filter((m) => m.status === 'held').map((m) => m.date);
  // A suggestion is about the future: never a date that has already passed.
  return suggestNextSession(held, ctx.clock.now().toISOString().slice(0, 10));
}

/**
 * Identifiers of calendar entries must not depend on how the feed was reached (a subscriber would
 * see every meeting twice): the host of the configured public address (PUBLIC_BASE_URL), never
 * the request's, and one fixed domain where none is configured; the server and the CLI alike.
 */
const uidDomain = (ctx: AppContext) => ctx.publicHost ?? 'ramstein';

export async function meetingCalendar(ctx: AppContext): Promise<string> {
  requirePermission(ctx.actor, 'ledger:read');
  const domain = uidDomain(ctx);
  const { items } = await listMeetings(ctx, {}, { limit: 100_000, offset: 0 });
  const entries: CalendarEntry[] = items.map((m) => ({
    uid: `${m.id}@${domain}`,
    date: m.date,
    endDate: m.end_date,
    summary: `${names[m.kind] ?? m.kind}${m.number ? ` #${m.number}` : ''}${m.chairs.length ? ` (chairs: ${m.chairs.join(', ')})` : ''}`,
    location: m.place,
    description: m.notes,
    status: m.status === 'cancelled' ? 'CANCELLED' : m.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
    url: m.sources[0]?.url ?? null,
  }));
  const next = await suggestNextMeeting(ctx);
  if (next && !items.some((m) => m.kind === 'udcg' && m.date >= next.date)) {
    entries.push({
      uid: `udcg-suggested-after-${next.after}@${domain}`,
      date: next.date,
      endDate: null,
      summary: `${names.udcg} (suggested date, not announced)`,
      location: null,
      description: `Suggested from the median interval of ${next.interval_days} days between past sessions.`,
      status: 'TENTATIVE',
      url: null,
    });
  }
  return renderCalendar(entries, ctx.clock.now(), 'Ramstein: contact group and related meetings');
}
