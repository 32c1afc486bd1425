import type { Reconciliation } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { DateText, PartyName } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { ReportNotes } from '../../components/ReportNotes.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { Attribution } from './Attribution.tsx';
import { Billions } from './EditionFigures.tsx';
import { editionHref } from './editions.ts';
import { labelKey } from './labels.ts';
import { reasonText } from './reason-text.ts';
import './trackers.css';

type Row = Reconciliation['rows'][number];

const dayAfter = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The ledger's records behind a donor's figure: announced by the cut-off, and those after it. */
function RecordLinks({ row, cutOff }: { row: Row; cutOff: string | null }) {
  const { t, locale } = useI18n();
  const ledger = row.ledger;
  if (!ledger) return null;
  const base = `/ledger?donor=${encodeURIComponent(row.party_code)}&recipient=UA`;
  return (
    <ul className="inline-links">
      {ledger.commitments > 0 && (
        <li>
          <Link href={cutOff ? `${base}&to=${cutOff}` : base} data-testid="records-link">
            {t('rec.records', { count: ledger.commitments })}
          </Link>
        </li>
      )}
      {cutOff && ledger.after_cut_off > 0 && (
        <li>
          <Link href={`${base}&from=${dayAfter(cutOff)}`}>
            {t('rec.after', { count: ledger.after_cut_off, date: formatDate(cutOff, locale) })}
          </Link>
        </li>
      )}
    </ul>
  );
}

function Figure({
  label,
  minor,
  testId,
}: {
  label: string;
  minor: string | null | undefined;
  testId?: string;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="num" data-testid={testId}>
        <Billions minor={minor} />
      </dd>
    </div>
  );
}

function DonorCard({ row, report }: { row: Row; report: Reconciliation }) {
  const { t, locale } = useI18n();
  const { ledger, edition } = row;
  return (
    <li className="card reconcile-card" data-testid="reconcile-row" data-party={row.party_code}>
      <h3>
        <PartyName code={row.party_code} link />
      </h3>
      <div className="side-by-side">
        <div>
          <h4>{t('rec.ledger')}</h4>
          {ledger ? (
            <dl className="figures">
              <Figure label={t('rec.committed')} minor={ledger.committed_minor} testId="ledger-committed" />
              <Figure label={t('rec.catalogue')} minor={ledger.catalogue_minor} />
              <Figure label={t('rec.delivered')} minor={ledger.delivered_minor} />
            </dl>
          ) : (
            <p className="muted">{t('rec.notInLedger')}</p>
          )}
          <RecordLinks row={row} cutOff={report.cut_off} />
        </div>
        <div>
          <h4>{t('rec.edition', { release: report.edition.release })}</h4>
          {edition ? (
            <dl className="figures">
              <Figure
                label={t('rec.editionCommitted')}
                minor={edition.committed_minor}
                testId="edition-committed"
              />
              {edition.military_committed_minor !== null && (
                <Figure label={t('rec.editionMilitaryCommitted')} minor={edition.military_committed_minor} />
              )}
              <Figure label={t('rec.editionMilitary')} minor={edition.military_allocated_minor} />
              <Figure label={t('rec.editionAllocated')} minor={edition.allocated_minor} />
              {edition.price_list_minor !== null && (
                <Figure label={t('rec.priceList')} minor={edition.price_list_minor} />
              )}
            </dl>
          ) : (
            <p className="muted">{t('rec.notInEdition')}</p>
          )}
        </div>
      </div>
      <dl className="figures differences">
        <Figure
          label={t('rec.committedDifference')}
          minor={row.committed_difference_minor}
          testId="committed-difference"
        />
        <Figure label={t('rec.deliveredDifference')} minor={row.delivered_difference_minor} />
      </dl>
      {row.reasons.length > 0 && (
        <>
          <h4>{t('rec.reasons')}</h4>
          <ul className="reasons">
            {row.reasons.map((reason) => {
              const key = labelKey('reason', reason.code);
              return (
                <li key={reason.code} data-reason={reason.code}>
                  <strong>{key ? t(key) : reason.code}</strong>
                  {t('punct.colon')}
                  {reasonText(reason, { locale, t })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </li>
  );
}

/** The ledger beside a Kiel release, donor by donor, with the reasons and the records behind each figure. */
export default function ReconciliationPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const loaded = useApi('/api/v1/editions/{id}/reconciliation', { path: { id } });
  const title =
    loaded.state === 'ready'
      ? t('rec.title', {
          edition: `${loaded.data.edition.title}, ${t('trackers.release', { release: loaded.data.edition.release })}`,
        })
      : t('trackers.reconcile');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <Await loaded={loaded}>
        {(report) => (
          <>
            <p className="lede">
              {t('rec.lede', { date: report.cut_off ? formatDate(report.cut_off, locale) : '—' })}
            </p>
            <Attribution edition={report.edition} />
            <ul className="inline-links">
              <li>
                <Link href="/trackers">{t('nav.trackers')}</Link>
              </li>
              <li>
                <Link href={editionHref(report.edition.id)}>{t('trackers.show')}</Link>
              </li>
            </ul>
            <section className="card" aria-labelledby="rec-totals">
              <h2 id="rec-totals">{t('rec.totals')}</h2>
              <dl className="figures" data-testid="reconcile-totals">
                <Figure
                  label={`${t('rec.ledger')} · ${t('rec.committed')}`}
                  minor={report.totals.ledger_committed_minor}
                />
                <Figure
                  label={`${t('rec.ledger')} · ${t('rec.delivered')}`}
                  minor={report.totals.ledger_delivered_minor}
                />
                <Figure
                  label={`${t('rec.edition', { release: report.edition.release })} · ${t('rec.editionCommitted')}`}
                  minor={report.totals.edition_committed_minor}
                />
                <Figure
                  label={`${t('rec.edition', { release: report.edition.release })} · ${t('rec.editionAllocated')}`}
                  minor={report.totals.edition_allocated_minor}
                />
              </dl>
              <p className="muted">
                {t('rec.unit')} · {t('trackers.cutOff')} <DateText iso={report.cut_off} />
              </p>
            </section>
            {report.rows.length === 0 ? (
              <Empty />
            ) : (
              <ul className="reconcile-list">
                {report.rows.map((row) => (
                  <DonorCard key={row.party_code} row={row} report={report} />
                ))}
              </ul>
            )}
            <details className="card" data-testid="reconciliation-rules">
              <summary>{t('rec.rules')}</summary>
              <ul>
                {report.rule_ids.map((rule) => (
                  <li key={rule}>{t(`rule.${rule}`)}</li>
                ))}
              </ul>
              <ReportNotes notes={report.note_ids} testId="reconciliation-notes" />
            </details>
            <Attribution edition={report.edition} />
          </>
        )}
      </Await>
    </Layout>
  );
}
