import type { FairShareReport } from '../../api/types.ts';
import { PartyName } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoneyShort, formatPercent } from '../../lib/format.ts';
import { KielEditionLine } from './ValuationBasis.tsx';

type Measure = FairShareReport['donors'][number]['ask'];

/** "+1.2 bn (150 %)": how far over or under a benchmark, with the ratio. */
export function OverUnder({ measure }: { measure: Measure }) {
  const { locale } = useI18n();
  if (!measure) return <>—</>;
  const negative = measure.over.amount.startsWith('-');
  return (
    <span className={negative ? 'under' : 'over'}>
      {negative ? '−' : '+'}
      {formatMoneyShort(measure.over.amount.replace(/^-/, ''), 'EUR', locale)}
      {measure.ratio_pct && ` (${formatPercent(measure.ratio_pct, locale, 0)})`}
    </span>
  );
}

/** Donors ranked by their contribution as a share of GDP, against the three benchmarks. */
export function FairShareRanking({ report }: { report: FairShareReport }) {
  const { t, locale } = useI18n();
  const ranked = report.donors.filter((d) => d.rank !== null);
  return (
    <>
      <div className="table-wrap">
        <table data-testid="fair-share-ranking">
          <caption>{t('fair.ranking', { year: report.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fair.rank')}</th>
              <th scope="col">{t('fair.donor')}</th>
              <th scope="col">{t('fair.contribution')}</th>
              <th scope="col">{t('fair.pctGdp')}</th>
              <th scope="col">{t('fair.ask')}</th>
              <th scope="col">{t('fair.gdpShare')}</th>
              <th scope="col">{t('fair.natoPath')}</th>
              <th scope="col">{t('fair.ranks')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((d) => (
              <tr key={d.donor}>
                <td className="num">{d.rank}</td>
                <th scope="row">
                  <PartyName code={d.donor} link />
                </th>
                <td className="num">{formatMoneyShort(d.contribution.amount, 'EUR', locale)}</td>
                <td className="num">{d.pct_gdp ? formatPercent(d.pct_gdp, locale, 3) : '—'}</td>
                <td className="num">
                  <OverUnder measure={d.ask} />
                </td>
                <td className="num">
                  <OverUnder measure={d.gdp_share} />
                </td>
                <td className="num">
                  <OverUnder measure={d.nato_path} />
                </td>
                <td className="num">
                  {d.rank_range && d.rank_range.best !== d.rank_range.worst
                    ? `${d.rank_range.best}–${d.rank_range.worst}`
                    : d.rank}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t('fair.editions', {
          gdp: report.gdp_editions.join('; ') || '—',
          nato: report.nato_editions.join('; ') || '—',
          benchmark: report.benchmark.name,
        })}{' '}
        {report.edition ? report.edition.attribution : <KielEditionLine edition={report.kiel_edition} />}
      </p>
    </>
  );
}
