import { useApi } from '../../api/use-api.ts';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatInstant } from '../../lib/format.ts';

/** Top-level fields whose value differs between two snapshots. */
function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) =>
      !['version', 'updated_at', 'created_at'].includes(key) &&
      JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}

/** Who changed this record, when, and which fields (GET /api/v1/audit). */
export function AuditHistory({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const loaded = useApi('/api/v1/audit', {
    query: { record_type: 'commitment', record_id: id, limit: 100 },
  });
  return (
    <Await loaded={loaded}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty />
        ) : (
          <ol className="audit" data-testid="audit">
            {page.items.map((event) => {
              const fields = changedFields(event.before, event.after);
              return (
                <li key={event.seq}>
                  <time dateTime={event.at}>{formatInstant(event.at, locale)}</time> ·{' '}
                  <strong>{event.actor === 'system' ? t('audit.system') : event.actor}</strong> ·{' '}
                  <code>{event.action}</code>
                  {fields.length > 0 && (
                    <span className="muted">
                      {' '}
                      — {t('audit.changed')}
                      {t('punct.colon')}
                      {fields.join(', ')}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        )
      }
    </Await>
  );
}
