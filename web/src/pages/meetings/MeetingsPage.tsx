import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { DateText, PartyName } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { placeName } from '../../lib/titles.ts';

/** Every meeting, newest first: contact-group sessions, summits, ministerials, bilaterals. */
export default function MeetingsPage() {
  const { t, locale } = useI18n();
  const loaded = useApi('/api/v1/meetings', { query: { limit: 1000 } });
  const { can } = useSession();
  return (
    <Layout title={t('nav.meetings')}>
      <h1>{t('meetings.title')}</h1>
      {can.writeLedger && (
        <p>
          <Link href="/meetings/new">{t('meetingForm.new')}</Link>
        </p>
      )}
      <section className="card" aria-label={t('meetings.title')}>
        <Await loaded={loaded}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty />
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('field.date')}</th>
                      <th scope="col">{t('meetings.meeting')}</th>
                      <th scope="col">{t('meetings.place')}</th>
                      <th scope="col">{t('meetings.chairs')}</th>
                      <th scope="col" className="num">
                        {t('meetings.participants')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...page.items].reverse().map((m) => (
                      <tr key={m.id}>
                        <td>
                          <DateText iso={m.date} />
                        </td>
                        <td>
                          <Link href={`/meetings/${encodeURIComponent(m.id)}`}>
                            {t(`meetingKind.${m.kind as 'udcg'}`)}
                            {m.number ? ` #${m.number}` : ''}
                          </Link>
                          {m.status !== 'held' && (
                            <span className="muted"> ({t(`meetingStatus.${m.status}`)})</span>
                          )}
                        </td>
                        <td>{m.place ? placeName(m.place, { locale, t }) : '—'}</td>
                        <td>
                          {m.chairs.map((c, i) => (
                            <span key={c}>
                              {i > 0 && ', '}
                              <PartyName code={c} />
                            </span>
                          ))}
                        </td>
                        <td className="num">{m.participants_count ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Await>
      </section>
    </Layout>
  );
}
