import { useEffect } from 'react';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, ErrorState, Loading } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { meetingTitle } from '../../lib/titles.ts';
import { AnnouncementForm } from './AnnouncementForm.tsx';
import { MeetingForm } from './MeetingForm.tsx';
import { RecordForm } from './RecordForm.tsx';

type Mode = 'new' | 'edit' | 'announce' | 'record';

/**
 * A new meeting, a change to one (its owner's, or any for coordinators), or a pledge announced at
 * one (any writer, for the nations they may write for), or its record of attendance and decisions
 * (its owner's, as the meeting itself). Nothing is kept between visits: a reload
 * shows the saved record again.
 */
export default function MeetingEditPage({ id, mode }: { id: string | null; mode: Mode }) {
  const { t } = useI18n();
  const { can, ready, me, mayWriteFor } = useSession();
  const words = useTitleWords();
  const loaded = useApi('/api/v1/meetings/{id}', id ? { path: { id } } : null);
  useEffect(() => {
    if (ready && me.role === 'public')
      navigate(`/sign-in?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  }, [ready, me.role]);
  const heading =
    mode === 'new'
      ? t('meetingForm.new')
      : mode === 'edit'
        ? t('meetingForm.edit')
        : mode === 'record'
          ? t('recordForm.title')
          : t('announceForm.title');
  const title =
    loaded.state === 'ready'
      ? `${heading}${words.t('punct.colon')}${meetingTitle(loaded.data, words)}`
      : heading;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {!ready ? (
        <Loading />
      ) : !can.writeLedger ? (
        <ErrorState error={new ApiError(403, 'forbidden')} />
      ) : id ? (
        <Await loaded={loaded}>
          {(m) =>
            mode === 'announce' ? (
              <AnnouncementForm meeting={m} />
            ) : mayWriteFor(m.owner_party) ? (
              mode === 'record' ? (
                <RecordForm meeting={m} />
              ) : (
                <MeetingForm meeting={m} />
              )
            ) : (
              // Said before any field is shown: the form would only fail on save.
              <div className="card" role="alert">
                <p>{t('meetingForm.notYours')}</p>
                <Link href={`/meetings/${encodeURIComponent(m.id)}`}>{t('meetingForm.back')}</Link>
              </div>
            )
          }
        </Await>
      ) : (
        <MeetingForm meeting={null} />
      )}
    </Layout>
  );
}
