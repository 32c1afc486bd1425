import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty, ErrorState } from '../../components/States.tsx';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CandidateCard } from './CandidateCard.tsx';
import { IngestForm } from './IngestForm.tsx';

const queueStatuses = ['pending', 'accepted', 'merged', 'rejected'] as const;

/** Articles in, facts out: ingestion with a preview, and the queue of facts awaiting a decision. */
export default function ReviewPage() {
  const { t } = useI18n();
  const { can, ready, me } = useSession();
  const [status, setStatus] = useState<(typeof queueStatuses)[number]>('pending');
  const queue = useApi('/api/v1/review', can.review ? { query: { status } } : null);
  return (
    <Layout title={t('nav.review')}>
      <h1>{t('nav.review')}</h1>
      {ready && !can.review ? (
        <ErrorState error={new ApiError(me.role === 'public' ? 401 : 403, 'forbidden')} />
      ) : (
        <>
          <IngestForm onIngested={queue.reload} />
          <section className="card" aria-labelledby="queue-title">
            <div className="page-head">
              <h2 id="queue-title">{t('review.queue')}</h2>
              <label className="field" htmlFor="queue-status">
                <span>{t('field.status')}</span>
                <select
                  id="queue-status"
                  value={status}
                  onChange={(e) => setStatus(e.target.value as typeof status)}
                >
                  {queueStatuses.map((s) => (
                    <option key={s} value={s}>
                      {t(`review.status.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <Await loaded={queue}>
              {(data) =>
                data.items.length === 0 ? (
                  <Empty>{t('review.empty')}</Empty>
                ) : (
                  <ul className="candidates">
                    {data.items.map((candidate) => (
                      <CandidateCard key={candidate.id} candidate={candidate} onDecided={queue.reload} />
                    ))}
                  </ul>
                )
              }
            </Await>
          </section>
        </>
      )}
    </Layout>
  );
}
