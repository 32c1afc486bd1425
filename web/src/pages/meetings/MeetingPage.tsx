import type { Meeting } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { DateText, PartyName, Section, SourceList } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { Link } from '../../lib/router.tsx';
import { useParties } from '../../lib/parties.tsx';
import { meetingTitle, placeName } from '../../lib/titles.ts';
import { FollowThrough } from '../analytics/FollowThrough.tsx';
import { LedgerTable } from '../ledger/LedgerTable.tsx';

function Attendance({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  return (
    <dl className="facts">
      <dt>{t('field.date')}</dt>
      <dd>
        <DateText iso={meeting.date} />
        {meeting.end_date && (
          <>
            {' – '}
            <DateText iso={meeting.end_date} />
          </>
        )}
      </dd>
      <dt>{t('meetings.place')}</dt>
      <dd>
        {[meeting.place && placeName(meeting.place, { locale, t }), meeting.country && name(meeting.country)]
          .filter(Boolean)
          .join(', ') || '—'}
      </dd>
      <dt>{t('meetings.format')}</dt>
      <dd>{meeting.format ? t(`meetingFormat.${meeting.format}`) : '—'}</dd>
      <dt>{t('meetings.chairs')}</dt>
      <dd>
        {meeting.chairs.map((c, i) => (
          <span key={c}>
            {i > 0 && ', '}
            <PartyName code={c} link />
          </span>
        ))}
      </dd>
      <dt>{t('meetings.participants')}</dt>
      <dd>
        {meeting.participants_count !== null
          ? `${meeting.participants_qualifier && meeting.participants_qualifier !== 'exact' ? `${t(`qualifier.${meeting.participants_qualifier}`)} ` : ''}${meeting.participants_count}`
          : '—'}
        {meeting.parties.length > 0 && (
          <div>
            {meeting.parties.map((p, i) => (
              <span key={p}>
                {i > 0 && ', '}
                <PartyName code={p} />
              </span>
            ))}
          </div>
        )}
      </dd>
    </dl>
  );
}

/** One meeting: chairs, attendance and substitutes, and the commitments announced there. */
export default function MeetingPage({ id }: { id: string }) {
  const { t } = useI18n();
  const meeting = useApi('/api/v1/meetings/{id}', { path: { id } });
  const announced = useApi('/api/v1/commitments', { query: { meeting: id, limit: 200 } });
  const words = useTitleWords();
  const { can, mayWriteFor } = useSession();
  return (
    <Layout title={meeting.state === 'ready' ? meetingTitle(meeting.data, words) : id}>
      <Await loaded={meeting}>
        {(m) => (
          <>
            <h1>{meetingTitle(m, words)}</h1>
            <p className="muted">
              {t(`meetingKind.${m.kind}`)}
              {m.status !== 'held' && ` (${t(`meetingStatus.${m.status}`)})`}
            </p>
            {m.notes && <p className="lede">{m.notes}</p>}
            <p className="actions">
              <Link href={`/meetings/${encodeURIComponent(m.id)}/brief`}>{t('brief.openPack')}</Link>
              {mayWriteFor(m.owner_party) && (
                <Link href={`/meetings/${encodeURIComponent(m.id)}/edit`}>{t('meetingForm.edit')}</Link>
              )}
              {mayWriteFor(m.owner_party) && (
                <Link href={`/meetings/${encodeURIComponent(m.id)}/record`}>{t('recordForm.title')}</Link>
              )}
              {can.writeLedger && (
                <Link href={`/meetings/${encodeURIComponent(m.id)}/announce`}>{t('announceForm.title')}</Link>
              )}
            </p>
            <div className="grid-2">
              <Section title={t('meetings.attendance')}>
                <Attendance meeting={m} />
              </Section>
              <Section title={t('meetings.substitutes')}>
                {m.substitutions.length === 0 ? (
                  <Empty>{t('meetings.noSubstitutes')}</Empty>
                ) : (
                  <ul className="plain-list">
                    {m.substitutions.map((s) => (
                      <li key={`${s.party}-${s.attended_by}`}>
                        <PartyName code={s.party} />
                        {t('punct.colon')}
                        {s.attended_by}
                        {s.expected_role && (
                          <span className="muted">
                            {' '}
                            ({t('meetings.insteadOf')} {s.expected_role})
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </div>
            <Section title={t('meetings.announced')}>
              <Await loaded={announced}>
                {(page) =>
                  page.items.length ? (
                    <LedgerTable commitments={page.items} sort="-announced_on" />
                  ) : (
                    <Empty>{t('meetings.noneAnnounced')}</Empty>
                  )
                }
              </Await>
            </Section>
            <FollowThrough meetingId={m.id} date={m.date} />
            <Section title={t('sources.title')}>
              <SourceList sources={m.sources} />
            </Section>
          </>
        )}
      </Await>
    </Layout>
  );
}
