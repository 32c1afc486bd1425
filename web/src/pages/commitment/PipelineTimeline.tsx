import type { Commitment } from '../../api/types.ts';
import { DateText, StatusBadge } from '../../components/common.tsx';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';

/** The pipeline events in date order: status changes, partial deliveries, suspensions. */
export function PipelineTimeline({ commitment }: { commitment: Commitment }) {
  const { t, locale } = useI18n();
  const events = [...commitment.events].sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  if (!events.length) return <Empty />;
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event) => (
        <li key={event.seq} className={`event-${event.kind}`}>
          <DateText iso={event.date} /> · <strong>{t(`event.${event.kind}`)}</strong>{' '}
          {event.status && <StatusBadge status={event.status} />}
          {event.kind === 'delivery' && event.quantity !== null && (
            <span>
              {' '}
              {t('commitment.deliveredQuantity', {
                quantity: formatNumber(event.quantity, locale),
                line: event.line ?? 1,
              })}
            </span>
          )}
          {event.until && (
            <span>
              {' '}
              → <DateText iso={event.until} />
            </span>
          )}
          {event.planned_on && (
            <span className="muted">
              {' '}
              ({t('commitment.planned')} <DateText iso={event.planned_on} />)
            </span>
          )}
          {event.note && <div className="muted">{event.note}</div>}
          {event.source && (
            <div>
              <a href={event.source} target="_blank" rel="noopener noreferrer">
                {t('commitment.eventSource')}
              </a>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
