import type { EditionDiff } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { PartyName, Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link, navigate, usePlace } from '../../lib/router.tsx';
import { Attribution } from './Attribution.tsx';
import { CompareForm } from './CompareForm.tsx';
import { Billions, SeriesName } from './EditionFigures.tsx';
import { editionHref, releasesOf } from './editions.ts';
import { labelKey } from './labels.ts';
import './trackers.css';

type Row = EditionDiff['rows'][number];

function DiffTable({ diff, rows }: { diff: EditionDiff; rows: Row[] }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid="diff-table">
        <caption className="visually-hidden">
          {t('diff.caption', { from: diff.from.release, to: diff.to.release })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('trackers.donor')}</th>
            <th scope="col">{t('diff.series')}</th>
            <th scope="col" className="num">
              {t('diff.from', { release: diff.from.release })}
            </th>
            <th scope="col" className="num">
              {t('diff.to', { release: diff.to.release })}
            </th>
            <th scope="col" className="num">
              {t('diff.change')}
            </th>
            <th scope="col">{t('diff.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const status = labelKey('diff.status', r.status);
            return (
              <tr key={`${r.party_code}-${r.series}`} data-party={r.party_code} data-series={r.series}>
                <th scope="row">
                  <PartyName code={r.party_code} link />
                </th>
                <td>
                  <SeriesName name={r.series} />
                </td>
                <td className="num">
                  <Billions minor={r.from_minor} />
                </td>
                <td className="num">
                  <Billions minor={r.to_minor} />
                </td>
                <td className="num" data-testid="change">
                  <Billions minor={r.change_minor} />
                </td>
                <td>
                  <span className={`badge badge-diff-${r.status}`}>{status ? t(status) : r.status}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What changed between two releases: figures revised per donor and aid type, unchanged ones on request. */
export default function EditionDiffPage({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const { path, search } = usePlace();
  const all = search.get('all') === '1';
  const loaded = useApi('/api/v1/editions/{id}/diff/{other}', { path: { id: from, other: to } });
  const list = useApi('/api/v1/editions');
  const title =
    loaded.state === 'ready'
      ? t('diff.title', { from: loaded.data.from.release, to: loaded.data.to.release })
      : t('trackers.compare');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p className="lede">{t('diff.lede')}</p>
      <p>
        <Link href="/trackers">{t('nav.trackers')}</Link>
      </p>
      {list.state === 'ready' && loaded.state === 'ready' && (
        <CompareForm
          key={`${from}-${to}`}
          releases={releasesOf(list.data.items, loaded.data.from.dataset)}
          from={from}
          to={to}
        />
      )}
      <Await loaded={loaded}>
        {(diff) => {
          const count = (status: Row['status']) => diff.rows.filter((r) => r.status === status).length;
          const rows = all ? diff.rows : diff.rows.filter((r) => r.status !== 'unchanged');
          return (
            <Section title={t('diff.title', { from: diff.from.release, to: diff.to.release })} id="diff">
              <p data-testid="diff-counts">
                {t('diff.counts', {
                  revised: count('revised'),
                  unchanged: count('unchanged'),
                  added: count('only_in_to'),
                  removed: count('only_in_from'),
                })}
              </p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={all}
                  onChange={(e) => navigate(`${path}${e.target.checked ? '?all=1' : ''}`, { replace: true })}
                />{' '}
                {t('diff.showUnchanged')}
              </label>
              {rows.length === 0 ? (
                <Empty>{t('diff.noChange')}</Empty>
              ) : (
                <DiffTable diff={diff} rows={rows} />
              )}
              <Attribution edition={diff.from} />
              <Attribution edition={diff.to} />
              <ul className="inline-links">
                <li>
                  <Link href={editionHref(diff.from.id)}>
                    {t('trackers.release', { release: diff.from.release })}
                  </Link>
                </li>
                <li>
                  <Link href={editionHref(diff.to.id)}>
                    {t('trackers.release', { release: diff.to.release })}
                  </Link>
                </li>
              </ul>
            </Section>
          );
        }}
      </Await>
    </Layout>
  );
}
