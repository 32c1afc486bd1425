import type { Edition } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { DateText, Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { Attribution } from './Attribution.tsx';
import { CompareForm } from './CompareForm.tsx';
import { editionHref, KIEL, reconciliationHref, releasesOf } from './editions.ts';
import './trackers.css';

function EditionCard({ edition }: { edition: Edition }) {
  const { t } = useI18n();
  const rows = edition.files.reduce((sum, f) => sum + f.row_count, 0);
  return (
    <li className="card edition-card" data-testid="edition" data-edition={edition.id}>
      <h3>
        <Link href={editionHref(edition.id)}>
          {edition.title}, {t('trackers.release', { release: edition.release })}
        </Link>
      </h3>
      <dl className="meta">
        <div>
          <dt>{t('trackers.publisher')}</dt>
          <dd>{edition.publisher}</dd>
        </div>
        <div>
          <dt>{t('trackers.cutOff')}</dt>
          <dd>
            <DateText iso={edition.cut_off} />
          </dd>
        </div>
        <div>
          <dt>
            {edition.published_basis === 'stated' ? t('trackers.published') : t('trackers.publishedInferred')}
          </dt>
          <dd title={edition.published_basis}>
            <DateText iso={edition.published_on} />
          </dd>
        </div>
        <div>
          <dt>{t('trackers.files')}</dt>
          <dd>
            {t('trackers.fileCount', { count: edition.files.length })},{' '}
            {t('trackers.rowCount', { count: rows })}
          </dd>
        </div>
      </dl>
      <Attribution edition={edition} />
      {edition.dataset === KIEL && (
        <p>
          <Link href={reconciliationHref(edition.id)}>{t('trackers.reconcile')}</Link>
        </p>
      )}
    </li>
  );
}

/** Imported editions with their attribution, Kiel's releases first, and the choice of two to compare. */
export default function TrackersPage() {
  const { t } = useI18n();
  const loaded = useApi('/api/v1/editions');
  return (
    <Layout title={t('nav.trackers')}>
      <h1>{t('trackers.title')}</h1>
      <p className="lede">{t('trackers.lede')}</p>
      <Await loaded={loaded}>
        {({ items }) => {
          if (items.length === 0) return <Empty>{t('trackers.none')}</Empty>;
          const kiel = releasesOf(items, KIEL);
          const others = items.filter((e) => e.dataset !== KIEL);
          return (
            <>
              <Section title={t('trackers.compare')} id="compare">
                <CompareForm releases={kiel} />
              </Section>
              <h2>{t('trackers.editions')}</h2>
              <ul className="edition-list">
                {[...[...kiel].reverse(), ...others].map((edition) => (
                  <EditionCard key={edition.id} edition={edition} />
                ))}
              </ul>
            </>
          );
        }}
      </Await>
    </Layout>
  );
}
