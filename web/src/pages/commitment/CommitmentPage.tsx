import type { Commitment } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { DateText, PartyName, Section, SourceList, StatusBadge } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { Link } from '../../lib/router.tsx';
import { commitmentTitle } from '../../lib/titles.ts';
import { AuditHistory } from './AuditHistory.tsx';
import { CommitmentLines } from './CommitmentLines.tsx';
import { DonorClaims } from './DonorClaims.tsx';
import { EventForm } from './EventForm.tsx';
import { MoneyConversion } from './MoneyConversion.tsx';
import { PipelineTimeline } from './PipelineTimeline.tsx';

function Related({ commitment }: { commitment: Commitment }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('field.package')}</dt>
      <dd>
        {commitment.package ? (
          <Link href={`/packages#${encodeURIComponent(commitment.package)}`}>{commitment.package}</Link>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('field.meeting')}</dt>
      <dd>
        {commitment.announced_at ? (
          <Link href={`/meetings/${encodeURIComponent(commitment.announced_at)}`}>
            {commitment.announced_at}
          </Link>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('commitment.replenishes')}</dt>
      <dd>
        {commitment.replenishes ? (
          <Link href={`/commitments/${encodeURIComponent(commitment.replenishes)}`}>
            {commitment.replenishes}
          </Link>
        ) : (
          '—'
        )}
      </dd>
    </dl>
  );
}

function Summary({ commitment }: { commitment: Commitment }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('field.donor')}</dt>
      <dd>
        <PartyName code={commitment.donor} link />
        {commitment.co_donors.length > 0 && (
          <span className="muted">
            {' '}
            +{' '}
            {commitment.co_donors.map((c, i) => (
              <span key={c}>
                {i > 0 && ', '}
                <PartyName code={c} />
              </span>
            ))}
          </span>
        )}
      </dd>
      <dt>{t('field.recipient')}</dt>
      <dd>
        <PartyName code={commitment.recipient} />
      </dd>
      <dt>{t('field.mode')}</dt>
      <dd>{commitment.mode ? t(`mode.${commitment.mode}`) : '—'}</dd>
      <dt>{t('commitment.supplier')}</dt>
      <dd>{commitment.supplier ?? '—'}</dd>
      <dt>{t('field.announced')}</dt>
      <dd>
        <DateText iso={commitment.announced_on} />
      </dd>
      <dt>{t('field.visibility')}</dt>
      <dd>{t(`visibility.${commitment.visibility}`)}</dd>
      {!commitment.is_aid && (
        <>
          <dt>{t('commitment.notAid')}</dt>
          <dd>{t('commitment.notAidWhy')}</dd>
        </>
      )}
    </dl>
  );
}

/** One commitment: what, how much, where it stands, where it comes from, who changed it. */
export default function CommitmentPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { can, mayWriteFor } = useSession();
  const loaded = useApi('/api/v1/commitments/{id}', { path: { id } });
  const words = useTitleWords();
  return (
    <Layout title={loaded.state === 'ready' ? commitmentTitle(loaded.data, words) : id}>
      <Await loaded={loaded}>
        {(c) => (
          <>
            <div className="page-head">
              <h1>
                {commitmentTitle(c, words)} <StatusBadge status={c.state.status} />
              </h1>
              {mayWriteFor(c.owner_party) && (
                <Link className="button secondary" href={`/commitments/${encodeURIComponent(c.id)}/edit`}>
                  {t('action.edit')}
                </Link>
              )}
            </div>
            <p className="muted">
              <code>{c.id}</code>
              {c.state.suspended && (
                <strong className="badge badge-cancelled">
                  {' '}
                  {t('commitment.suspended')} <DateText iso={c.state.suspended.since} />
                </strong>
              )}
            </p>
            {c.note && <p className="lede">{c.note}</p>}
            <div className="grid-2">
              <Section title={t('commitment.summary')}>
                <Summary commitment={c} />
              </Section>
              <Section title={t('field.money')}>
                <MoneyConversion money={c.money} />
              </Section>
            </div>
            <Section title={t('commitment.lines')}>
              <CommitmentLines lines={c.items} />
            </Section>
            <div className="grid-2">
              <Section title={t('commitment.pipeline')}>
                <PipelineTimeline commitment={c} />
                {mayWriteFor(c.owner_party) && (
                  <>
                    <h3>{t('event.form')}</h3>
                    <EventForm commitment={c} onRecorded={loaded.reload} />
                  </>
                )}
              </Section>
              <div>
                <Section title={t('commitment.related')}>
                  <Related commitment={c} />
                </Section>
                <Section title={t('sources.title')}>
                  <SourceList sources={c.sources} />
                </Section>
              </div>
            </div>
            <div className="grid-2">
              <Section title={t('commitment.claims')}>
                <DonorClaims donor={c.donor} />
              </Section>
              {can.readAudit && (
                <Section title={t('commitment.audit')}>
                  <AuditHistory id={c.id} />
                </Section>
              )}
            </div>
          </>
        )}
      </Await>
    </Layout>
  );
}
