/**
 * The briefing pack as Markdown: headings and short lists a secretariat can paste or print, in
 * English or French. The wording comes from the catalogue the web client shares (data/i18n);
 * dates, numbers and money are written the reader's way.
 */
import { markingLine } from '../../domain/access/marking.ts';
import { sharedText, type SharedTextKey, type Vars } from '../../domain/wording/catalogue.ts';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  type Locale,
} from '../../domain/wording/format.ts';
import { itemLabel } from '../../domain/wording/item-label.ts';
import { meetingShortName, placeName, quantityText, type Words } from '../../domain/wording/names.ts';
import { timelineText } from '../../domain/wording/timeline-text.ts';
import type { Brief } from './build-brief.ts';

/** The wording of one pack: the shared catalogue in its language, and its dates, numbers and money. */
export interface PackWords extends Words {
  date: (iso: string) => string;
  number: (value: number | string) => string;
  money: (amount: string, currency: string) => string;
}

export function packWords(locale: Locale): PackWords {
  return {
    locale,
    t: (key: SharedTextKey, vars?: Vars) => sharedText(locale, key, vars),
    date: (iso) => formatDate(iso, locale),
    number: (value) => formatNumber(value, locale),
    money: (amount, currency) => formatMoney(amount, currency, locale),
  };
}

/** "1,000 LMM missiles, 2 Patriot systems": a commitment's lines as the web client words them. */
const itemsText = (lines: Brief['announced'][number]['lines'], w: PackWords): string =>
  lines
    .map((l) =>
      itemLabel(l, l.name !== null && l.unit !== null ? { name: l.name, unit: l.unit } : undefined, w),
    )
    .filter(Boolean)
    .join(', ');

const money = (
  m: { amount: string | null; currency: string; qualifier?: string } | null,
  w: PackWords,
): string => {
  if (!m) return '';
  const qualifier =
    m.qualifier && m.qualifier !== 'exact' ? `${w.t(`qualifier.${m.qualifier}` as SharedTextKey)} ` : '';
  return `${qualifier}${m.amount === null ? w.t('pack.undisclosed', { currency: m.currency }) : w.money(m.amount, m.currency)}`;
};

export function meetingTitle(b: Brief, w: PackWords): string {
  const m = b.meeting;
  const name =
    m.kind === 'udcg'
      ? m.number
        ? w.t('pack.meetingNumber', { name: w.t('pack.meeting.udcg'), number: m.number })
        : w.t('pack.meeting.udcg')
      : meetingShortName(m.kind, null, w);
  return [name, w.date(m.date), m.place ? placeName(m.place, w) : null].filter(Boolean).join(', ');
}

/** What became of the previous meeting's pledges by this one, in EUR (the follow-through report). */
function sinceLastSession(b: Brief, w: PackWords): string[] {
  const f = b.follow_through;
  if (!f) return [w.t('pack.noEarlier')];
  if (f.commitments === 0) return [w.t('pack.noneAnnouncedAt', { meeting: f.meeting })];
  const eur = (amount: string) => w.money(amount, 'EUR');
  const pct = (p: string | null) => formatPercent(p ?? '0', w.locale);
  return [
    w.t('pack.followThrough', {
      count: f.commitments,
      meeting: f.meeting,
      announced: eur(f.announced),
      estimated: f.estimated ? w.t('pack.estimated') : '',
      date: w.date(f.as_of),
    }),
    w.t('pack.followThroughFigures', {
      committed: eur(f.committed),
      committedPct: pct(f.committed_pct),
      contracted: eur(f.contracted),
      contractedPct: pct(f.contracted_pct),
      delivered: eur(f.delivered),
      deliveredPct: pct(f.delivered_pct),
      count: f.cancelled,
    }),
  ];
}

function people(b: Brief, w: PackWords): string[] {
  const p = b.participants;
  return [
    ...b.chairs.map((c) =>
      c.person
        ? w.t('pack.chairPerson', { party: c.party, person: c.person, title: c.title ?? '?' })
        : w.t('pack.chair', { party: c.party }),
    ),
    ...(p.count !== null
      ? [w.t(p.qualifier === 'about' ? 'pack.participantsAbout' : 'pack.participants', { count: p.count })]
      : []),
    ...p.parties.map((party) => w.t('pack.expected', { party })),
    ...p.substitutions.map((s) =>
      w.t('pack.substitution', {
        party: s.party,
        attended: s.attended_by ?? '?',
        role: s.expected_role ?? '?',
      }),
    ),
    ...p.attendance.map((a) =>
      a.substitute_for
        ? w.t('pack.attendedFor', { party: a.party, person: a.person ?? '?', who: a.substitute_for })
        : w.t('pack.attended', { party: a.party, person: a.person ?? '?' }),
    ),
    ...p.decisions.map((text) => w.t('pack.decision', { text })),
  ];
}

/** Sections as plain lines, shared by the Markdown and PDF renderings. */
export function briefSections(b: Brief, w: PackWords): { title: string; lines: string[] }[] {
  const none = (lines: string[], text: string) => (lines.length ? lines : [text]);
  const maybe = (value: number | null) => (value === null ? '?' : w.number(value));
  const status = (s: string) => w.t(`status.${s}` as SharedTextKey).toLocaleLowerCase(w.locale);
  return [
    { title: w.t('pack.section.people'), lines: people(b, w) },
    { title: w.t('pack.section.since'), lines: sinceLastSession(b, w) },
    {
      title: w.t('pack.section.announced', {
        since: b.previous ? `${b.previous.id}, ${w.date(b.previous.date)}` : w.date(b.since),
      }),
      lines: none(
        b.announced.map((c) => {
          const line = w.t('pack.announcedLine', {
            date: c.announced_on ? w.date(c.announced_on) : '?',
            donor: c.donor,
            what:
              [itemsText(c.lines, w), money(c.money, w)].filter(Boolean).join('; ') || w.t('pack.noFigure'),
            id: c.id,
          });
          return c.at_this_meeting ? `${line} (${w.t('brief.atThisMeeting')})` : line;
        }),
        w.t('pack.nothingRecorded'),
      ),
    },
    {
      title: w.t('pack.section.overdue'),
      lines: none(
        b.overdue.map((c) =>
          w.t('pack.overdueLine', {
            donor: c.donor,
            what: itemsText(c.lines, w) || c.id,
            date: w.date(c.planned_on),
            count: c.days_late,
            status: status(c.status),
            id: c.id,
          }),
        ),
        w.t('pack.noOverdue'),
      ),
    },
    {
      title: w.t('brief.uncovered'),
      lines: none(
        b.uncovered.map(
          (r) =>
            w.t('pack.uncoveredLine', {
              priority: w.number(r.priority),
              capability: r.capability,
              what: r.what ?? '?',
              quantity: r.quantity === null ? '?' : quantityText(r.quantity, r.unit, w),
              delivered: maybe(r.covered.delivered),
              contracted: maybe(r.covered.contracted),
              pledged: maybe(r.covered.pledged),
              gap: maybe(r.gap),
            }) + (r.needed_by ? w.t('pack.neededBy', { date: w.date(r.needed_by) }) : ''),
        ),
        w.t('pack.allCovered'),
      ),
    },
    {
      title: w.t('brief.conflicts'),
      lines: none(
        b.conflicts.map((c) =>
          w.t('pack.conflictLine', {
            subject: c.subject,
            claims: c.claims
              .map((x) =>
                w.t('pack.conflictClaim', {
                  amount: w.money(x.amount, c.currency),
                  who: x.claimed_by ?? '?',
                  date: w.date(x.as_of),
                }),
              )
              .join(w.t('pack.versus')),
          }),
        ),
        w.t('pack.noConflict'),
      ),
    },
    {
      title: w.t('pack.section.due', {
        until: b.next
          ? `${b.next.id}, ${w.date(b.next.date)}`
          : b.suggested_next
            ? w.t('pack.suggestedOn', { date: w.date(b.suggested_next.date) })
            : w.date(b.until),
      }),
      lines: none(
        b.due.map((e) =>
          w.t('pack.dueLine', {
            date: w.date(e.date),
            kind: w.t(`timeline.kind.${e.kind}` as SharedTextKey),
            text: timelineText(e, w),
          }),
        ),
        w.t('pack.nothingDue'),
      ),
    },
  ];
}

export function renderBriefMarkdown(b: Brief, locale: Locale = 'en'): string {
  const w = packWords(locale);
  const out = [
    `**${markingLine(b.marking, locale)}**`,
    '',
    `# ${w.t('brief.heading', { meeting: meetingTitle(b, w) })}`,
    '',
  ];
  if (b.suggested_next)
    out.push(
      w.t('pack.nextSuggested', {
        date: `**${w.date(b.suggested_next.date)}**`,
        days: w.number(b.suggested_next.interval_days),
        count: b.suggested_next.based_on,
      }),
      '',
    );
  for (const section of briefSections(b, w)) {
    out.push(`## ${section.title}`, '', ...section.lines.map((l) => `- ${l}`), '');
  }
  if (b.sources.length) out.push(`## ${w.t('brief.sources')}`, '', ...b.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}
