/**
 * Policy events, due dates, deadlines and meetings in date order, filtered by party, kind and
 * dates (kept in the address), with the suggested next session and the calendar feed.
 */
import { useEffect, useState } from 'react';
import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { navigate, usePlace } from '../../lib/router.tsx';
import { timelineKinds, type TimelineKind } from './coordination-types.ts';
import { TimelineItem } from './TimelineItem.tsx';
import './coordination.css';

interface Filters {
  party: string;
  kind: TimelineKind | '';
  from: string;
  to: string;
}

const readFilters = (search: URLSearchParams): Filters => ({
  party: (search.get('party') ?? '').toUpperCase(),
  kind: timelineKinds.find((kind) => kind === search.get('kind')) ?? '',
  from: /^\d{4}-\d{2}-\d{2}$/.test(search.get('from') ?? '') ? search.get('from')! : '',
  to: /^\d{4}-\d{2}-\d{2}$/.test(search.get('to') ?? '') ? search.get('to')! : '',
});

function FilterForm({ filters, parties }: { filters: Filters; parties: string[] }) {
  const { t } = useI18n();
  const { name } = useParties();
  const [draft, setDraft] = useState(filters);
  const key = `${filters.party}|${filters.kind}|${filters.from}|${filters.to}`;
  useEffect(() => setDraft(filters), [key]);
  const set = (key: keyof Filters) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const options = [...new Set([...parties, ...(filters.party ? [filters.party] : [])])].sort((a, b) =>
    name(a).localeCompare(name(b)),
  );
  return (
    <form
      className="filters card"
      role="search"
      aria-label={t('timeline.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(`/timeline${query({ ...draft })}`);
      }}
    >
      <label className="field" htmlFor="timeline-party">
        <span>{t('timeline.party')}</span>
        <select id="timeline-party" value={draft.party} onChange={set('party')}>
          <option value="">{t('field.any')}</option>
          {options.map((code) => (
            <option key={code} value={code}>
              {name(code)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor="timeline-kind">
        <span>{t('timeline.kind')}</span>
        <select id="timeline-kind" value={draft.kind} onChange={set('kind')}>
          <option value="">{t('field.any')}</option>
          {timelineKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`timeline.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor="timeline-from">
        <span>{t('timeline.from')}</span>
        <input id="timeline-from" type="date" value={draft.from} onChange={set('from')} />
      </label>
      <label className="field" htmlFor="timeline-to">
        <span>{t('timeline.to')}</span>
        <input id="timeline-to" type="date" value={draft.to} onChange={set('to')} />
      </label>
      <div className="actions">
        <button type="submit">{t('action.apply')}</button>
        <button type="button" className="button-quiet" onClick={() => navigate('/timeline')}>
          {t('action.reset')}
        </button>
      </div>
    </form>
  );
}

function NextSessionCard() {
  const { t, locale } = useI18n();
  const next = useApi('/api/v1/meetings/next');
  return (
    <Section title={t('timeline.next')} id="next-session">
      <Await loaded={next}>
        {(n) =>
          n ? (
            <>
              <p className="next-date" data-testid="next-session">
                <time dateTime={n.date}>{formatDate(n.date, locale)}</time>
              </p>
              <p className="muted">
                {t('timeline.nextDetail', {
                  days: formatNumber(n.interval_days, locale),
                  count: n.based_on,
                  after: formatDate(n.after, locale),
                })}
              </p>
            </>
          ) : (
            <Empty>{t('timeline.noNext')}</Empty>
          )
        }
      </Await>
      <p>
        <a className="button" href="/api/v1/calendar.ics" type="text/calendar" data-testid="calendar-feed">
          {t('timeline.calendar')}
        </a>
      </p>
      <p className="muted">{t('timeline.calendarHint')}</p>
    </Section>
  );
}

export default function TimelinePage() {
  const { t } = useI18n();
  const { search } = usePlace();
  const filters = readFilters(search);
  const all = useApi('/api/v1/timeline');
  const shown = useApi('/api/v1/timeline', { query: { ...filters, kind: filters.kind || undefined } });
  const parties = all.state === 'ready' ? [...new Set(all.data.items.flatMap((e) => e.parties))] : [];
  return (
    <Layout title={t('timeline.title')}>
      <h1>{t('timeline.title')}</h1>
      <p className="lede">{t('timeline.lede')}</p>
      <div className="coord-aside">
        <div>
          <FilterForm filters={filters} parties={parties} />
          <Await loaded={shown}>
            {({ items }) =>
              items.length ? (
                <>
                  <p role="status" data-testid="timeline-count">
                    {t('timeline.count', { count: items.length })}
                  </p>
                  <ol className="timeline" aria-label={t('timeline.list')} data-testid="timeline">
                    {items.map((e, i) => (
                      <TimelineItem key={`${e.kind}-${e.id}-${i}`} entry={e} />
                    ))}
                  </ol>
                </>
              ) : (
                <Empty>{t('timeline.empty')}</Empty>
              )
            }
          </Await>
        </div>
        <NextSessionCard />
      </div>
    </Layout>
  );
}
