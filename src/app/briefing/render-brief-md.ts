/** The briefing pack as Markdown: headings and short lists a secretariat can paste or print. */
import { markingLine } from '../../domain/access/marking.ts';
import type { Brief } from './build-brief.ts';

const money = (m: { amount: string | null; currency: string; qualifier?: string } | null) =>
  m
    ? `${m.qualifier && m.qualifier !== 'exact' ? `${m.qualifier.replace('_', ' ')} ` : ''}${m.amount ?? 'undisclosed'} ${m.currency}`
    : '';

export function meetingTitle(b: Brief): string {
  const m = b.meeting;
  const name =
    m.kind === 'udcg'
      ? `Ukraine Defense Contact Group${m.number ? ` #${m.number}` : ''}`
      : m.kind.replace('_', ' ');
  return `${name}, ${m.date}${m.place ? `, ${m.place}` : ''}`;
}

/** What became of the previous meeting's pledges by this one, in EUR (the follow-through report). */
function sinceLastSession(b: Brief): string[] {
  const f = b.follow_through;
  if (!f) return ['No earlier session to follow.'];
  if (f.commitments === 0) return [`No commitment was recorded as announced at ${f.meeting}.`];
  const pct = (p: string | null) => `${p ?? '0.00'} %`;
  return [
    `Of the ${f.commitments} commitment(s) announced at ${f.meeting} (EUR ${f.announced}${f.estimated ? ', including estimated values' : ''}), as known on ${f.as_of}:`,
    `committed EUR ${f.committed} (${pct(f.committed_pct)}), contracted EUR ${f.contracted} (${pct(f.contracted_pct)}), delivered EUR ${f.delivered} (${pct(f.delivered_pct)}); ${f.cancelled} cancelled.`,
  ];
}

/** Sections as plain lines, shared by the Markdown and PDF renderings. */
export function briefSections(b: Brief): { title: string; lines: string[] }[] {
  const none = (lines: string[], text: string) => (lines.length ? lines : [text]);
  return [
    {
      title: 'Chairs and participants',
      lines: [
        ...b.chairs.map((c) => `Chair: ${c.party}${c.person ? ` - ${c.person} (${c.title})` : ''}`),
        ...(b.participants.count !== null
          ? [`Participants: ${b.participants.qualifier === 'about' ? 'about ' : ''}${b.participants.count}`]
          : []),
        ...b.participants.parties.map((p) => `Expected: ${p}`),
        ...b.participants.substitutions.map(
          (s) => `Substitution: ${s.party} - ${s.attended_by ?? '?'} in place of ${s.expected_role ?? '?'}`,
        ),
        ...b.participants.attendance.map(
          (a) =>
            `Attended: ${a.party} - ${a.person ?? '?'}${a.substitute_for ? ` (for ${a.substitute_for})` : ''}`,
        ),
        ...b.participants.decisions.map((d) => `Decision: ${d}`),
      ],
    },
    {
      title: 'Since the last session',
      lines: sinceLastSession(b),
    },
    {
      title: `Announced since the previous meeting (${b.previous ? `${b.previous.id}, ${b.previous.date}` : b.since})`,
      lines: none(
        b.announced.map(
          (c) =>
            `${c.announced_on ?? '?'} ${c.donor}: ${[c.items, money(c.money)].filter(Boolean).join('; ') || 'no figure'} [${c.id}]${c.at_this_meeting ? ' (at this meeting)' : ''}`,
        ),
        'Nothing recorded.',
      ),
    },
    {
      title: 'Deliveries overdue against their planned dates',
      lines: none(
        b.overdue.map(
          (c) =>
            `${c.donor} ${c.items || c.id}: planned ${c.planned_on}, ${c.days_late} days late, ${c.status} [${c.id}]`,
        ),
        'None recorded with a planned date.',
      ),
    },
    {
      title: 'Top uncovered requirements',
      lines: none(
        b.uncovered.map(
          (r) =>
            `#${r.priority} ${r.capability}: ${r.what}, ${r.quantity ?? '?'} ${r.unit ?? ''} - delivered ${r.covered.delivered}, contracted ${r.covered.contracted}, pledged ${r.covered.pledged}, gap ${r.gap ?? '?'}${r.needed_by ? `, needed by ${r.needed_by}` : ''}`,
        ),
        'Every open requirement is covered.',
      ),
    },
    {
      title: 'Reported figures in conflict',
      lines: none(
        b.conflicts.map(
          (c) =>
            `${c.subject}: ${c.claims.map((x) => `${x.amount} ${c.currency} (${x.claimed_by ?? '?'}, ${x.as_of})`).join(' vs ')}`,
        ),
        'No open conflict in the past year.',
      ),
    },
    {
      title: `Due before the next meeting (${b.next ? `${b.next.id}, ${b.next.date}` : b.suggested_next ? `suggested ${b.suggested_next.date}` : b.until})`,
      lines: none(
        b.due.map((e) => `${e.date} ${e.kind}: ${e.title}`),
        'Nothing falls due.',
      ),
    },
  ];
}

export function renderBriefMarkdown(b: Brief): string {
  const out = [`**${markingLine(b.marking)}**`, '', `# Briefing pack: ${meetingTitle(b)}`, ''];
  if (b.suggested_next)
    out.push(
      `Next session suggested for **${b.suggested_next.date}** (median interval ${b.suggested_next.interval_days} days over ${b.suggested_next.based_on} sessions).`,
      '',
    );
  for (const section of briefSections(b)) {
    out.push(`## ${section.title}`, '', ...section.lines.map((l) => `- ${l}`), '');
  }
  if (b.sources.length) out.push('## Sources', '', ...b.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}
