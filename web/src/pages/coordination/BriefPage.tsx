/**
 * The briefing pack of a meeting: what was announced since the previous meeting of its kind,
 * overdue deliveries, uncovered requirements, conflicting figures, what falls due before the next
 * meeting, chairs and participants; with the Markdown and PDF forms to download, in the page's language.
 */
import { useApi } from '../../api/use-api.ts';
import { DateText, PartyName, Section, StatusBadge } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { formatDate, formatMoney, formatNumber } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { CommitmentLines, CommitmentLink } from '../../components/CommitmentLink.tsx';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { categoryName, placeName, quantityText } from '../../lib/titles.ts';
import { CoverageBar } from './CoverageBar.tsx';
import type { Brief } from './coordination-types.ts';
import { SourceLinks, TimelineItem } from './TimelineItem.tsx';
import { meetingShortName } from './timeline-text.ts';
import './coordination.css';
import { SinceLastSessionSection } from '../analytics/FollowThrough.tsx';

function Announced({ brief }: { brief: Brief }) {
  const { t, locale } = useI18n();
  if (!brief.announced.length) return <Empty>{t('brief.noAnnounced')}</Empty>;
  return (
    <div className="table-wrap">
      <table data-testid="brief-announced">
        <thead>
          <tr>
            <th scope="col">{t('req.commitment')}</th>
            <th scope="col">{t('field.donor')}</th>
            <th scope="col">{t('field.announced')}</th>
            <th scope="col">{t('brief.items')}</th>
            <th scope="col">{t('field.money')}</th>
          </tr>
        </thead>
        <tbody>
          {brief.announced.map((c) => (
            <tr key={c.id}>
              <td>
                <CommitmentLink id={c.id} />
                {c.at_this_meeting && (
                  <>
                    {' '}
                    <span className="badge badge-kind">{t('brief.atThisMeeting')}</span>
                  </>
                )}
              </td>
              <td>
                <PartyName code={c.donor} />
              </td>
              <td>
                <DateText iso={c.announced_on} />
              </td>
              <td>
                <CommitmentLines id={c.id} fallback={c.items} />
              </td>
              <td className="num">
                {c.money?.amount
                  ? `${c.money.qualifier && c.money.qualifier !== 'exact' ? `${t(`qualifier.${c.money.qualifier}` as MessageKey)} ` : ''}${formatMoney(c.money.amount, c.money.currency, locale)}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Overdue({ brief }: { brief: Brief }) {
  const { t, locale } = useI18n();
  if (!brief.overdue.length) return <Empty>{t('brief.noOverdue')}</Empty>;
  return (
    <>
      <p className="muted">{t('brief.overdueIntro')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('req.commitment')}</th>
              <th scope="col">{t('field.donor')}</th>
              <th scope="col">{t('req.status')}</th>
              <th scope="col">{t('brief.planned')}</th>
              <th scope="col">{t('brief.daysLate')}</th>
              <th scope="col">{t('brief.items')}</th>
            </tr>
          </thead>
          <tbody>
            {brief.overdue.map((c) => (
              <tr key={c.id}>
                <td>
                  <CommitmentLink id={c.id} />
                </td>
                <td>
                  <PartyName code={c.donor} />
                </td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>
                  <DateText iso={c.planned_on} />
                </td>
                <td className="num">{formatNumber(c.days_late, locale)}</td>
                <td>
                  <CommitmentLines id={c.id} fallback={c.items} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A requirement's equipment (by the catalogue's name) or category, as the brief names it. */
function RequirementWhat({ what }: { what: string | null }) {
  const words = useTitleWords();
  if (!what) return <>—</>;
  return <>{words.equipment(what)?.name ?? categoryName(what, words)}</>;
}

function Uncovered({ brief }: { brief: Brief }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  if (!brief.uncovered.length) return <Empty>{t('brief.noUncovered')}</Empty>;
  return (
    <div className="table-wrap">
      <table className="requirements-table" data-testid="brief-uncovered">
        <thead>
          <tr>
            <th scope="col">{t('req.rank')}</th>
            <th scope="col">{t('req.capability')}</th>
            <th scope="col">{t('req.what')}</th>
            <th scope="col">{t('req.quantity')}</th>
            <th scope="col">{t('req.neededBy')}</th>
            <th scope="col">{t('req.coverage')}</th>
            <th scope="col">{t('req.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {brief.uncovered.map((r) => (
            <tr key={`${r.list}-${r.key}`}>
              <td className="num" data-label={t('req.rank')}>
                {n(r.priority)}
              </td>
              <th scope="row">{r.capability}</th>
              <td className="break-anywhere" data-label={t('req.what')}>
                <RequirementWhat what={r.what} />
              </td>
              <td className="num" data-label={t('req.quantity')}>
                {r.quantity === null ? '—' : quantityText(r.quantity, r.unit, { locale, t })}
              </td>
              <td data-label={t('req.neededBy')}>
                <DateText iso={r.needed_by} />
              </td>
              <td data-label={t('req.coverage')}>
                <CoverageBar quantity={r.quantity} covered={r.covered} gap={r.gap} unit={r.unit} />
              </td>
              <td className="num" data-label={t('req.gap')}>
                {r.gap === null ? '—' : n(r.gap)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Conflicts({ brief }: { brief: Brief }) {
  const { t, locale } = useI18n();
  if (!brief.conflicts.length) return <Empty>{t('brief.noConflicts')}</Empty>;
  return (
    <>
      <p className="muted">{t('brief.conflictsIntro')}</p>
      <ul className="plain-list">
        {brief.conflicts.map((c) => (
          <li key={`${c.subject}-${c.currency}-${c.claims.map((x) => x.id).join('-')}`}>
            <strong>{c.subject}</strong> <span className="badge badge-conflict">{c.currency}</span>
            <ul>
              {c.claims.map((claim) => (
                <li key={claim.id}>
                  {formatMoney(claim.amount, c.currency, locale)} · <DateText iso={claim.as_of} />
                  {claim.claimed_by && ` · ${t('brief.claimedBy', { who: claim.claimed_by })}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

function People({ brief }: { brief: Brief }) {
  const { t } = useI18n();
  const p = brief.participants;
  return (
    <div className="grid-2">
      <div>
        <h3>{t('brief.chairs')}</h3>
        {brief.chairs.length ? (
          <ul className="plain-list" data-testid="brief-chairs">
            {brief.chairs.map((c) => (
              <li key={c.party}>
                <PartyName code={c.party} link />
                {t('punct.colon')}
                {c.person ? (
                  <>
                    {c.person}
                    {c.title && <span className="muted"> ({c.title})</span>}
                  </>
                ) : (
                  <span className="muted">{t('brief.unknownPerson')}</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t('brief.noChairs')}</Empty>
        )}
      </div>
      <div>
        <h3>{t('brief.participants')}</h3>
        {p.count !== null && (
          <p>
            {p.qualifier && p.qualifier !== 'exact' ? `${t(`qualifier.${p.qualifier}` as MessageKey)} ` : ''}
            {t('brief.participantCount', { count: p.count })}
          </p>
        )}
        {p.parties.length > 0 ? (
          <p>
            {p.parties.map((code, i) => (
              <span key={code}>
                {i > 0 && ', '}
                <PartyName code={code} />
              </span>
            ))}
          </p>
        ) : (
          p.count === null && <Empty>{t('brief.noParticipants')}</Empty>
        )}
        {p.substitutions.length > 0 && (
          <ul className="plain-list">
            {p.substitutions.map((s) => (
              <li key={`${s.party}-${s.attended_by}`}>
                <PartyName code={s.party} />
                {t('punct.colon')}
                {s.attended_by}
                {s.expected_role && (
                  <span className="muted"> ({t('brief.standsInFor', { who: s.expected_role })})</span>
                )}
              </li>
            ))}
          </ul>
        )}
        {p.attendance.length > 0 && (
          <>
            <h3>{t('brief.attendance')}</h3>
            <ul className="plain-list">
              {p.attendance.map((a, i) => (
                <li key={`${a.party}-${i}`}>
                  <PartyName code={a.party} />
                  {a.person && `${t('punct.colon')}${a.person}`}
                  {a.role && <span className="muted"> ({a.role})</span>}
                  {a.substitute_for && (
                    <span className="muted"> {t('brief.standsInFor', { who: a.substitute_for })}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {p.decisions.length > 0 && (
          <>
            <h3>{t('brief.decisions')}</h3>
            <ul>
              {p.decisions.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function Facts({ brief }: { brief: Brief }) {
  const { t, locale } = useI18n();
  const m = brief.meeting;
  return (
    <dl className="facts brief-facts">
      <dt>{t('field.date')}</dt>
      <dd>
        <DateText iso={m.date} />
      </dd>
      <dt>{t('brief.place')}</dt>
      <dd>{m.place ? placeName(m.place, { locale, t }) : '—'}</dd>
      <dt>{t('brief.status')}</dt>
      <dd>
        {['planned', 'held', 'cancelled'].includes(m.status)
          ? t(`brief.status.${m.status}` as MessageKey)
          : m.status}
      </dd>
      <dt>{t('brief.previous')}</dt>
      <dd>
        {brief.previous ? (
          <Link href={`/meetings/${encodeURIComponent(brief.previous.id)}/brief`}>
            {formatDate(brief.previous.date, locale)}
          </Link>
        ) : (
          t('brief.none')
        )}
      </dd>
      <dt>{t('brief.next')}</dt>
      <dd>
        {brief.next ? (
          <Link href={`/meetings/${encodeURIComponent(brief.next.id)}/brief`}>
            {formatDate(brief.next.date, locale)}
          </Link>
        ) : brief.suggested_next ? (
          t('brief.suggestedNext', {
            date: formatDate(brief.suggested_next.date, locale),
            days: formatNumber(brief.suggested_next.interval_days, locale),
          })
        ) : (
          t('brief.none')
        )}
      </dd>
    </dl>
  );
}

export default function BriefPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const words = useTitleWords();
  const brief = useApi('/api/v1/meetings/{id}/brief', { path: { id }, query: { format: 'json' } });
  const download = `/api/v1/meetings/${encodeURIComponent(id)}/brief`;
  const title =
    brief.state === 'ready'
      ? t('brief.heading', {
          meeting: meetingShortName(brief.data.meeting.kind, brief.data.meeting.number, words),
        })
      : t('brief.title');
  return (
    <Layout title={title}>
      <Await loaded={brief}>
        {(b) => (
          <>
            <div className="page-head">
              <h1>{title}</h1>
              <div className="coord-downloads" role="group" aria-label={t('brief.download')}>
                <a
                  className="button"
                  href={`${download}?format=md&lang=${locale}`}
                  download={`brief-${b.meeting.id}.md`}
                >
                  {t('brief.download')} · {t('brief.markdown')}
                </a>
                <a
                  className="button"
                  href={`${download}?format=pdf&lang=${locale}`}
                  download={`brief-${b.meeting.id}.pdf`}
                >
                  {t('brief.download')} · {t('brief.pdf')}
                </a>
                <Link className="button button-quiet" href={`/meetings/${encodeURIComponent(b.meeting.id)}`}>
                  {t('brief.meetingPage')}
                </Link>
              </div>
            </div>
            {b.meeting.notes && <p className="lede">{b.meeting.notes}</p>}
            <Section title={t('brief.facts')} id="brief-facts">
              <Facts brief={b} />
            </Section>
            <Section
              id="brief-announced"
              title={
                b.previous || b.since
                  ? t('brief.announced', { date: formatDate(b.previous?.date ?? b.since!, locale) })
                  : t('brief.announcedAt')
              }
            >
              <Announced brief={b} />
            </Section>
            <SinceLastSessionSection meetingId={b.meeting.id} date={b.meeting.date} />
            <Section title={t('brief.overdue')} id="brief-overdue">
              <Overdue brief={b} />
            </Section>
            <Section title={t('brief.uncovered')} id="brief-uncovered">
              <Uncovered brief={b} />
            </Section>
            <Section title={t('brief.conflicts')} id="brief-conflicts">
              <Conflicts brief={b} />
            </Section>
            <Section title={t('brief.due', { date: formatDate(b.until, locale) })} id="brief-due">
              {b.due.length ? (
                <ol className="timeline">
                  {b.due.map((e, i) => (
                    <TimelineItem key={`${e.kind}-${e.id}-${i}`} entry={e} />
                  ))}
                </ol>
              ) : (
                <Empty>{t('brief.noDue')}</Empty>
              )}
            </Section>
            <Section title={`${t('brief.chairs')} · ${t('brief.participants')}`} id="brief-people">
              <People brief={b} />
            </Section>
            <Section title={t('brief.sources')} id="brief-sources">
              <SourceLinks sources={b.sources} />
            </Section>
          </>
        )}
      </Await>
    </Layout>
  );
}
