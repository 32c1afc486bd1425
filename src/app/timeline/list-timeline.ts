/** The timeline: policy events (and the due dates of ultimatums) and meetings, by date. */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { AppContext } from '../context.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { listPolicyEvents } from './list-policy-events.ts';

export const timelineKinds = ['suspension', 'ultimatum', 'leadership', 'deadline', 'due', 'meeting'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/**
 * What an entry's text says, by id with its figures, for clients that word it in their language:
 * a policy event's own recorded title, the due date of an ultimatum, a meeting, and (in a briefing
 * pack) the date a requirement is needed by. `title` says the same in English.
 */
export const timelineTextIds = ['event', 'due', 'meeting', 'needed-by'] as const;
export type TimelineTextId = (typeof timelineTextIds)[number];

export interface TimelineEntry {
  date: string;
  end_date: string | null;
  kind: TimelineKind;
  id: string;
  title: string;
  text_id: TimelineTextId;
  text_params: Record<string, string>;
  parties: string[];
  sources: string[];
}

export interface TimelineFilter {
  party?: string | undefined;
  kind?: TimelineKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const everything = { limit: 100_000, offset: 0 };

export async function listTimeline(ctx: AppContext, filter: TimelineFilter): Promise<TimelineEntry[]> {
  requirePermission(ctx.actor, 'ledger:read');
  const entries: TimelineEntry[] = [];
  const urls = (sources: { url: string | null; id: string }[]) => sources.map((s) => s.url ?? s.id);
  if (filter.kind !== 'meeting') {
    const { items } = await listPolicyEvents(ctx, { party: filter.party }, everything);
    for (const e of items) {
      const parties = [...new Set([e.party, ...(e.target_party ? [e.target_party] : []), ...e.chairs])];
      entries.push({
        date: e.starts_on ?? e.announced_on,
        end_date: e.ends_on,
        kind: e.kind,
        id: e.id,
        title: e.title,
        text_id: 'event',
        text_params: { title: e.title },
        parties,
        sources: urls(e.sources),
      });
      if (e.due_on) {
        entries.push({
          date: e.due_on,
          end_date: null,
          kind: 'due',
          id: e.id,
          title: `Due: ${e.title} (announced ${e.announced_on}, ${e.due_in_days ?? '?'} days)`,
          text_id: 'due',
          text_params: {
            title: e.title,
            announced_on: e.announced_on,
            ...(e.due_in_days !== null && e.due_in_days !== undefined ? { days: String(e.due_in_days) } : {}),
          },
          parties,
          sources: urls(e.sources),
        });
      }
    }
  }
  if (!filter.kind || filter.kind === 'meeting') {
    const { items } = await listMeetings(ctx, { party: filter.party }, everything);
    for (const m of items) {
      entries.push({
        date: m.date,
        end_date: m.end_date,
        kind: 'meeting',
        id: m.id,
        title: `${m.kind === 'udcg' ? `Contact group${m.number ? ` #${m.number}` : ''}` : m.kind.replace('_', ' ')}, ${m.place ?? 'place unknown'}${m.status === 'cancelled' ? ' (cancelled)' : ''}`,
        text_id: 'meeting',
        text_params: {
          kind: m.kind,
          status: m.status,
          ...(m.number ? { number: String(m.number) } : {}),
          ...(m.place ? { place: m.place } : {}),
        },
        parties: [...new Set([...m.chairs, ...m.parties])],
        sources: urls(m.sources),
      });
    }
  }
  return entries
    .filter((e) => !filter.kind || e.kind === filter.kind)
    .filter((e) => !filter.from || (e.end_date ?? e.date) >= filter.from)
    .filter((e) => !filter.to || e.date <= filter.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
