import { preloadChartLibrary } from '../../components/Chart.tsx';
import { useApi } from '../../api/use-api.ts';
import { Layout } from '../../components/Layout.tsx';
import { Await } from '../../components/States.tsx';
import { Section } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate, usePlace } from '../../lib/router.tsx';
import { FairShareRanking } from '../analytics/FairShareRanking.tsx';
import { ValuationRange } from '../analytics/ValuationBasis.tsx';
import { CountingRules } from './CountingRules.tsx';
import { DonorChart } from './DonorChart.tsx';
import { HeadlineTotals } from './HeadlineTotals.tsx';
import { KielComparison } from './KielComparison.tsx';
import { RatesLine } from './RatesLine.tsx';
import { LatestAnnouncements } from './LatestAnnouncements.tsx';
import { MonthlyChart } from './MonthlyChart.tsx';
import { PipelineChart } from './PipelineChart.tsx';
import { burdenQuery, currencyOf, latestQuery, monthlyQuery } from './overview-reads.ts';

const currencies = ['EUR', 'USD'] as const;

/**
 * Totals, the donor chart and the pipeline stages come from the burden report (one definition of
 * committed and delivered); the monthly series from the value-over-time report, in the same
 * currency; the latest announcements and the number of commitments from the first page of the
 * commitments list. No figure is drawn from a capped list.
 */
export function OverviewPage() {
  void preloadChartLibrary();
  const { t } = useI18n();
  const { search } = usePlace();
  const currency = currencyOf(search);
  const report = useApi('/api/v1/reports/burden', burdenQuery(currency));
  const monthly = useApi('/api/v1/reports/value-over-time', monthlyQuery(currency));
  const commitments = useApi('/api/v1/commitments', latestQuery);
  const fairShare = useApi('/api/v1/reports/fair-share');

  return (
    <Layout title={t('nav.overview')}>
      <div className="page-head">
        <h1>{t('overview.title')}</h1>
        <fieldset className="segmented">
          <legend>{t('overview.currency')}</legend>
          {currencies.map((c) => (
            <label key={c}>
              <input
                type="radio"
                name="currency"
                value={c}
                checked={currency === c}
                onChange={() => navigate(c === 'EUR' ? '/' : `/?currency=${c}`, { replace: true })}
              />
              {c}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="lede">{t('overview.lede')}</p>
      <KielComparison />
      <Await loaded={report}>
        {(data) => (
          <div className="overview-top">
            <div>
              <HeadlineTotals
                report={data}
                commitments={commitments.state === 'ready' ? commitments.data.total : null}
              />
              <ValuationRange
                range={data.totals.range}
                currency={data.currency}
                edition={data.kiel_edition}
              />
              <RatesLine report={data} />
              <Section title={t('overview.byDonor')} id="by-donor">
                <DonorChart report={data} />
              </Section>
            </div>
            <CountingRules report={data} />
          </div>
        )}
      </Await>
      <div className="grid-2">
        <Section title={t('overview.monthly')} id="monthly">
          <Await loaded={monthly}>{(data) => <MonthlyChart report={data} />}</Await>
        </Section>
        <Section title={t('overview.pipeline')} id="pipeline">
          <Await loaded={report}>{(data) => <PipelineChart report={data} />}</Await>
        </Section>
      </div>
      <Section title={t('fair.title')} id="fair-share">
        <Await loaded={fairShare}>{(data) => <FairShareRanking report={data} />}</Await>
      </Section>
      <Section title={t('overview.latest')} id="latest">
        <Await loaded={commitments}>{(page) => <LatestAnnouncements commitments={page.items} />}</Await>
      </Section>
    </Layout>
  );
}
