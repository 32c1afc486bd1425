/** Donors compared: a ranking by value, share, % of GDP or per capita, chosen donors side by side, a map. */
import type { BurdenReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Section } from '../../components/common.tsx';
import { ReportNotes } from '../../components/ReportNotes.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { toCsv } from '../../lib/export/csv.ts';
import { download } from '../../lib/export/download.ts';
import { formatMoney, formatPercent } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { Link, navigate, usePlace } from '../../lib/router.tsx';
import {
  compareCurrencies,
  compareMeasures,
  compareViewHref,
  MAX_CHOSEN,
  measureOf,
  rankDonors,
  readCompareView,
  type CompareMeasure,
  type CompareView,
  type RankedDonor,
} from './compare-view.ts';
import { DonorMap } from './DonorMap.tsx';

type Format = (value: string | null) => string;

function useFormats(currency: string): Record<CompareMeasure, Format> {
  const { t, locale } = useI18n();
  const none = t('compare.none');
  return {
    value: (v) => (v === null ? none : formatMoney(v, currency, locale)),
    share: (v) => (v === null ? none : formatPercent(v, locale)),
    gdp: (v) => (v === null ? none : formatPercent(v, locale, 4)),
    per_capita: (v) => (v === null ? none : formatMoney(v, currency, locale)),
  };
}

function Ranking({
  ranked,
  view,
  onToggle,
}: {
  ranked: RankedDonor[];
  view: CompareView;
  onToggle: (donor: string) => void;
}) {
  const { t } = useI18n();
  const { name } = useParties();
  const formats = useFormats(view.currency);
  const full = view.donors.length >= MAX_CHOSEN;
  return (
    <table className="stack-table" data-testid="compare-ranking">
      <caption>{t('compare.ranking', { measure: t(`compare.measure.${view.measure}`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.rank')}</th>
          <th scope="col">{t('compare.donor')}</th>
          {compareMeasures.map((m) => (
            <th scope="col" className="num" key={m} aria-sort={m === view.measure ? 'descending' : undefined}>
              {t(`compare.measure.${m}`)}
            </th>
          ))}
          <th scope="col">{t('compare.choose')}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map(({ row, rank }) => {
          const chosen = view.donors.includes(row.donor);
          return (
            <tr key={row.donor} className={chosen ? 'chosen' : undefined}>
              <td data-label={t('compare.rank')}>{rank ?? '—'}</td>
              <th scope="row" data-label={t('compare.donor')}>
                <Link href={`/donors/${encodeURIComponent(row.donor)}`}>{name(row.donor)}</Link>
              </th>
              {compareMeasures.map((m) => (
                <td className="num" key={m} data-label={t(`compare.measure.${m}`)}>
                  {formats[m](measureOf(row, m))}
                </td>
              ))}
              <td data-label={t('compare.choose')}>
                <input
                  type="checkbox"
                  checked={chosen}
                  disabled={!chosen && full}
                  aria-label={t('compare.chooseDonor', { donor: name(row.donor) })}
                  onChange={() => onToggle(row.donor)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SideBySide({
  report,
  view,
  ranked,
}: {
  report: BurdenReport;
  view: CompareView;
  ranked: RankedDonor[];
}) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  const formats = useFormats(view.currency);
  const rankOf = new Map(ranked.map((d) => [d.row.donor, d.rank]));
  const rows = view.donors.map((code) => report.donors.find((d) => d.donor === code) ?? null);
  if (view.donors.length === 0) return <Empty>{t('compare.noneChosen', { max: MAX_CHOSEN })}</Empty>;
  return (
    <div className="side-by-side" data-testid="side-by-side">
      {view.donors.map((code, i) => {
        const row = rows[i];
        return (
          <article className="card compare-card" key={code} aria-labelledby={`compare-${code}`}>
            <h3 id={`compare-${code}`}>{name(code)}</h3>
            {row ? (
              <dl>
                <div className="pair">
                  <dt>{t('compare.rank')}</dt>
                  <dd>{rankOf.get(code) ?? '—'}</dd>
                </div>
                {compareMeasures.map((m) => (
                  <div key={m} className="pair">
                    <dt>{t(`compare.measure.${m}`)}</dt>
                    <dd>{formats[m](measureOf(row, m))}</dd>
                  </div>
                ))}
                <div className="pair">
                  <dt>{t('compare.delivered')}</dt>
                  <dd>{formatMoney(row.delivered.amount, report.currency, locale)}</dd>
                </div>
              </dl>
            ) : (
              <p className="muted">{t('compare.noRecord')}</p>
            )}
          </article>
        );
      })}
    </div>
  );
}

export default function ComparePage() {
  const { t } = useI18n();
  const { name } = useParties();
  const { search } = usePlace();
  const view = readCompareView(search);
  const report = useApi('/api/v1/reports/burden', { query: { currency: view.currency } });
  const formats = useFormats(view.currency);
  const change = (patch: Partial<CompareView>) =>
    navigate(compareViewHref({ ...view, ...patch }), { replace: true });
  const toggle = (donor: string) =>
    change({
      donors: view.donors.includes(donor)
        ? view.donors.filter((d) => d !== donor)
        : [...view.donors, donor].slice(0, MAX_CHOSEN),
    });

  return (
    <Layout title={t('compare.title')}>
      <h1>{t('compare.title')}</h1>
      <p className="muted">{t('compare.intro')}</p>
      <form className="filters chart-controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="segmented">
          <legend>{t('compare.measure')}</legend>
          {compareMeasures.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="compare-measure"
                checked={view.measure === m}
                onChange={() => change({ measure: m })}
              />
              {t(`compare.measure.${m}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>{t('compare.currency')}</legend>
          {compareCurrencies.map((c) => (
            <label key={c}>
              <input
                type="radio"
                name="compare-currency"
                checked={view.currency === c}
                onChange={() => change({ currency: c })}
              />
              {c}
            </label>
          ))}
        </fieldset>
      </form>
      <Await loaded={report}>
        {(data) => {
          const ranked = rankDonors(data.donors, view.measure);
          const csv = () =>
            download(
              `ramstein-donors-${view.measure}-${data.currency}.csv`,
              toCsv([
                [
                  'rank',
                  'donor',
                  'name',
                  `committed (${data.currency})`,
                  'share_pct',
                  'gdp_pct',
                  `per_capita (${data.currency})`,
                ],
                ...ranked.map(({ row, rank }) => [
                  rank === null ? '' : String(rank),
                  row.donor,
                  name(row.donor),
                  row.committed.amount,
                  row.share_pct ?? '',
                  row.gdp_pct ?? '',
                  row.per_capita?.amount ?? '',
                ]),
              ]),
              'text/csv;charset=utf-8',
            );
          return (
            <>
              <Section title={t('compare.sideBySide')} id="side-by-side">
                <SideBySide report={data} view={view} ranked={ranked} />
                {view.donors.length > 0 && (
                  <p className="actions">
                    <button type="button" className="button-quiet" onClick={() => change({ donors: [] })}>
                      {t('compare.clear')}
                    </button>
                  </p>
                )}
              </Section>
              <Section title={t('compare.map', { measure: t(`compare.measure.${view.measure}`) })} id="map">
                <DonorMap
                  ranked={ranked}
                  chosen={view.donors}
                  measureLabel={t(`compare.measure.${view.measure}`)}
                  format={(v) => formats[view.measure](v)}
                />
              </Section>
              <Section title={t('compare.rankingTitle')} id="ranking">
                <Ranking ranked={ranked} view={view} onToggle={toggle} />
                <p className="actions">
                  <button type="button" onClick={csv}>
                    {t('compare.csv')}
                  </button>
                  <a href={compareViewHref(view)} data-testid="compare-permalink">
                    {t('compare.permalink')}
                  </a>
                </p>
                <ReportNotes notes={data.note_ids} />
              </Section>
            </>
          );
        }}
      </Await>
    </Layout>
  );
}
