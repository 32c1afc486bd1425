import { preloadChartLibrary } from '../../components/Chart.tsx';
import type { BurdenReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Section } from '../../components/common.tsx';
import { EstimatedPart } from '../../components/EstimatedPart.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatMoneyShort, formatPercent } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { LedgerTable } from '../ledger/LedgerTable.tsx';
import { FairShareChart } from '../analytics/FairShareChart.tsx';
import { ValuationRange } from '../analytics/ValuationBasis.tsx';
import { DefenceSpendingChart } from './DefenceSpendingChart.tsx';
import { Link } from '../../lib/router.tsx';

function PledgedDelivered({ report, code }: { report: BurdenReport; code: string }) {
  const { t, locale } = useI18n();
  const row = report.donors.find((d) => d.donor === code);
  if (!row) return <Empty>{t('donor.notInReport')}</Empty>;
  return (
    <>
      <dl className="headline">
        <div className="headline-figure">
          <dt>{t('overview.committed')}</dt>
          <dd>
            <span className="big">{formatMoneyShort(row.committed.amount, report.currency, locale)}</span>
            <span className="exact" data-testid="donor-committed">
              {formatMoney(row.committed.amount, report.currency, locale)}
            </span>
            <EstimatedPart
              part={row.estimated}
              percent={row.estimated_pct}
              currency={report.currency}
              testId="donor-estimated"
            />
          </dd>
        </div>
        <div className="headline-figure">
          <dt>{t('overview.delivered')}</dt>
          <dd>
            <span className="big">{formatMoneyShort(row.delivered.amount, report.currency, locale)}</span>
            <span className="exact">{formatMoney(row.delivered.amount, report.currency, locale)}</span>
            <EstimatedPart
              part={row.delivered_estimated}
              percent={row.delivered_estimated_pct}
              currency={report.currency}
            />
          </dd>
        </div>
        <div className="headline-figure">
          <dt>{t('overview.measure.share')}</dt>
          <dd>
            <span className="big">{row.share_pct ? formatPercent(row.share_pct, locale) : '—'}</span>
          </dd>
        </div>
        <div className="headline-figure">
          <dt>{t('overview.measure.gdp')}</dt>
          <dd>
            <span className="big">{row.gdp_pct ? formatPercent(row.gdp_pct, locale, 4) : '—'}</span>
          </dd>
        </div>
      </dl>
      <ValuationRange range={row.range} currency={report.currency} edition={report.kiel_edition} />
    </>
  );
}

/** One donor: what it pledged and delivered, its share, and its own defence effort over the years. */
export default function DonorPage({ code }: { code: string }) {
  void preloadChartLibrary();
  const { t } = useI18n();
  const { name } = useParties();
  const report = useApi('/api/v1/reports/burden', { query: { currency: 'EUR' } });
  const commitments = useApi('/api/v1/commitments', { query: { donor: code, limit: 200 } });
  const fairShare = useApi('/api/v1/reports/fair-share');
  const spending = useApi('/api/v1/indicators', {
    query: { party: code, indicator: 'defence_expenditure_pct_gdp', limit: 100 },
  });
  return (
    <Layout title={name(code)}>
      <h1>{name(code)}</h1>
      <Await loaded={report}>{(data) => <PledgedDelivered report={data} code={code} />}</Await>
      <div className="grid-2">
        <Section title={t('donor.defence')} id="defence">
          <Await loaded={spending}>
            {(page) =>
              page.items.length ? (
                <DefenceSpendingChart values={page.items} />
              ) : (
                <Empty>{t('donor.noIndicator')}</Empty>
              )
            }
          </Await>
          <p className="muted">{t('donor.targets')}</p>
        </Section>
        <Section title={t('donor.sources')}>
          <Await loaded={spending}>
            {(page) => (
              <ul className="plain-list">
                {[...new Set(page.items.map((i) => i.source))].map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            )}
          </Await>
        </Section>
      </div>
      <Section title={t('fair.title')} id="fair-share">
        <Await loaded={fairShare}>{(data) => <FairShareChart report={data} code={code} />}</Await>
      </Section>
      <Section title={t('donor.commitments')}>
        <Await loaded={commitments}>
          {(page) =>
            page.items.length ? (
              <>
                <LedgerTable commitments={page.items} sort="-announced_on" />
                <p>
                  <Link href={`/ledger?donor=${encodeURIComponent(code)}`}>{t('donor.inLedger')}</Link>
                </p>
              </>
            ) : (
              <Empty />
            )
          }
        </Await>
      </Section>
    </Layout>
  );
}
