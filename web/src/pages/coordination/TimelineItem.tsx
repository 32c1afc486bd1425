/** One dated entry of the timeline (policy event, due date, deadline or meeting) with its sources. */
import { DateText, PartyName } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { Link } from '../../lib/router.tsx';
import type { TimelineEntry } from './coordination-types.ts';
import { timelineText } from './timeline-text.ts';
import './coordination.css';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourceLinks({ sources }: { sources: string[] }) {
  const { t } = useI18n();
  if (!sources.length) return <p className="muted coverage-figures">{t('timeline.noSource')}</p>;
  return (
    <ul className="timeline-sources">
      {sources.map((url, i) => (
        <li key={`${url}-${i}`}>
          {/^https?:\/\//.test(url) ? (
            <a href={url} rel="noopener noreferrer" target="_blank">
              {t('timeline.source', { n: i + 1, host: hostOf(url) })}
            </a>
          ) : (
            <span>{url}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n();
  const words = useTitleWords();
  const meeting = entry.kind === 'meeting';
  const text = timelineText(entry, words);
  return (
    <li className={`event-${entry.kind} timeline-entry`} data-kind={entry.kind}>
      <div className="timeline-head">
        <DateText iso={entry.date} />
        {entry.end_date && entry.end_date !== entry.date && (
          <span className="muted">
            {' '}
            – <DateText iso={entry.end_date} />
          </span>
        )}
        <span className="badge badge-kind">{t(`timeline.kind.${entry.kind}`)}</span>
      </div>
      <div>
        {meeting ? (
          <>
            <Link href={`/meetings/${encodeURIComponent(entry.id)}`}>{text}</Link>
            {' · '}
            <Link href={`/meetings/${encodeURIComponent(entry.id)}/brief`}>{t('timeline.brief')}</Link>
          </>
        ) : entry.text_id === 'event' ? (
          // A policy event's own title, as it was recorded.
          <span lang="en">{text}</span>
        ) : (
          <span data-testid="timeline-text">{text}</span>
        )}
      </div>
      {entry.parties.length > 0 && (
        <div className="muted">
          {entry.parties.map((code, i) => (
            <span key={code}>
              {i > 0 && ', '}
              <PartyName code={code} />
            </span>
          ))}
        </div>
      )}
      <SourceLinks sources={entry.sources} />
    </li>
  );
}
