/** Search across commitments, parties, equipment and meetings; the query lives in the address. */
import type { SearchResults } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { shortName, useTitleWords } from '../../lib/catalogue.tsx';
import { Link, usePlace } from '../../lib/router.tsx';
import { commitmentTitle, meetingTitle } from '../../lib/titles.ts';

function Hits({ results }: { results: SearchResults }) {
  const { t, locale } = useI18n();
  const words = useTitleWords();
  const total =
    results.commitments.length + results.parties.length + results.equipment.length + results.meetings.length;
  if (total === 0) return <p>{t('search.none', { q: results.q })}</p>;
  return (
    <div className="grid-2">
      {results.commitments.length > 0 && (
        <Section title={t('search.commitments')}>
          <ul className="search-hits">
            {results.commitments.map((c) => (
              <li key={c.id}>
                <Link href={`/commitments/${encodeURIComponent(c.id)}`}>{commitmentTitle(c, words)}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {results.parties.length > 0 && (
        <Section title={t('search.parties')}>
          <ul className="search-hits">
            {results.parties.map((p) => (
              <li key={p.code}>
                <Link href={`/donors/${encodeURIComponent(p.code)}`}>{p.names[locale] ?? p.code}</Link>{' '}
                <span className="muted">{t('search.partyCommitments', { count: p.commitments })}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {results.equipment.length > 0 && (
        <Section title={t('search.equipment')}>
          <ul className="search-hits">
            {results.equipment.map((e) => (
              <li key={e.id}>
                <Link href={`/ledger?equipment=${encodeURIComponent(e.id)}`}>{shortName(e)}</Link>{' '}
                <span className="muted">{e.name}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {results.meetings.length > 0 && (
        <Section title={t('search.meetings')}>
          <ul className="search-hits">
            {results.meetings.map((m) => (
              <li key={m.id}>
                <Link href={`/meetings/${encodeURIComponent(m.id)}`}>{meetingTitle(m, words)}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

export default function SearchPage() {
  const { t } = useI18n();
  const { search } = usePlace();
  const q = (search.get('q') ?? '').trim();
  const loaded = useApi('/api/v1/search', [...q].length >= 2 ? { query: { q: q.slice(0, 100) } } : null);
  return (
    <Layout title={q ? t('search.titleFor', { q }) : t('search.title')}>
      <h1>{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      {[...q].length >= 2 ? (
        <Await loaded={loaded}>{(results) => <Hits results={results} />}</Await>
      ) : (
        <p>{t('search.hint')}</p>
      )}
    </Layout>
  );
}
