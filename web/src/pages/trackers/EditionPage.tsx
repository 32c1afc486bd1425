import type { Edition } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { DateText, Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { Attribution } from './Attribution.tsx';
import { DonorTable, EditionChecks } from './EditionFigures.tsx';
import { diffHref, KIEL, previousRelease, reconciliationHref } from './editions.ts';
import './trackers.css';

function EditionLinks({ edition }: { edition: Edition }) {
  const { t } = useI18n();
  const list = useApi('/api/v1/editions');
  const previous = list.state === 'ready' ? previousRelease(list.data.items, edition) : null;
  return (
    <ul className="inline-links">
      <li>
        <Link href="/trackers">{t('nav.trackers')}</Link>
      </li>
      {edition.dataset === KIEL && (
        <li>
          <Link href={reconciliationHref(edition.id)}>{t('trackers.reconcile')}</Link>
        </li>
      )}
      {previous && (
        <li>
          <Link href={diffHref(previous.id, edition.id)}>
            {t('trackers.diffWithPrevious', { release: previous.release })}
          </Link>
        </li>
      )}
    </ul>
  );
}

/** One edition: what it is, its files, its donor table and its own checks. */
export default function EditionPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const loaded = useApi('/api/v1/editions/{id}', { path: { id } });
  const title =
    loaded.state === 'ready'
      ? `${loaded.data.edition.title}, ${t('trackers.release', { release: loaded.data.edition.release })}`
      : t('nav.trackers');
  return (
    <Layout title={title}>
      <Await loaded={loaded}>
        {(view) => (
          <>
            <h1>{title}</h1>
            <Attribution edition={view.edition} />
            <EditionLinks edition={view.edition} />
            <dl className="meta">
              <div>
                <dt>{t('trackers.publisher')}</dt>
                <dd>{view.edition.publisher}</dd>
              </div>
              <div>
                <dt>{t('trackers.cutOff')}</dt>
                <dd>
                  <DateText iso={view.edition.cut_off} />
                </dd>
              </div>
              <div>
                <dt>
                  {view.edition.published_basis === 'stated'
                    ? t('trackers.published')
                    : t('trackers.publishedInferred')}
                </dt>
                <dd title={view.edition.published_basis}>
                  <DateText iso={view.edition.published_on} />
                </dd>
              </div>
              <div>
                <dt>{t('trackers.files')}</dt>
                <dd>
                  <ul className="files">
                    {view.edition.files.map((f) => (
                      <li key={f.name}>
                        <code>{f.name}</code> · {formatNumber(f.row_count, locale)} ·{' '}
                        <code title={`SHA-256 ${f.sha256}`}>{f.sha256.slice(0, 12)}…</code>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
            <Section title={t('trackers.donorTable')} id="donors">
              <DonorTable view={view} />
              <Attribution edition={view.edition} />
            </Section>
            <EditionChecks view={view} />
          </>
        )}
      </Await>
    </Layout>
  );
}
