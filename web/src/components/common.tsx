/** Small pieces shown on many pages: money, party names, statuses, sources. */
import { useState, type ReactNode } from 'react';
import type { Money, SourceRef, Status } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDate, formatMoney } from '../lib/format.ts';
import { useParties } from '../lib/parties.tsx';
import { Link } from '../lib/router.tsx';

export function MoneyText({ money }: { money: Money | null }) {
  const { t, locale } = useI18n();
  if (!money) return <span className="muted">—</span>;
  if (money.amount === null) return <span>{t('money.vague', { currency: money.currency })}</span>;
  const qualifier = money.qualifier === 'exact' ? '' : `${t(`qualifier.${money.qualifier}`)} `;
  return (
    <span className="money">
      {qualifier}
      {formatMoney(money.amount, money.currency, locale)}
    </span>
  );
}

export function PartyName({ code, link = false }: { code: string; link?: boolean }) {
  const { name } = useParties();
  if (!link) return <span title={code}>{name(code)}</span>;
  return <Link href={`/donors/${encodeURIComponent(code)}`}>{name(code)}</Link>;
}

export function StatusBadge({ status }: { status: Status | string }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status as Status}`)}</span>;
}

export function DateText({ iso }: { iso: string | null }) {
  const { locale } = useI18n();
  return iso ? <time dateTime={iso}>{formatDate(iso, locale)}</time> : <span className="muted">—</span>;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** Sources with their quoted evidence highlighted. */
export function SourceList({ sources }: { sources: SourceRef[] }) {
  const { t } = useI18n();
  if (!sources.length) return <p className="muted">{t('sources.none')}</p>;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.publisher ?? hostOf(source.url)}
            </a>
          ) : (
            <span>{source.publisher ?? source.id}</span>
          )}
          {' · '}
          <Link href={`/sources/${encodeURIComponent(source.id)}`}>{t('source.open')}</Link>
          {source.quote && (
            <blockquote>
              <mark>{source.quote}</mark>
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}

export function Section({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  return (
    <section className="card" aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A chart's figures as a table, behind "show as a table": the table is made when the reader
 * first opens it, so that a page with charts does not lay out every figure twice on load.
 */
export function FiguresTable({ testId, children }: { testId: string; children: () => ReactNode }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="data-table"
      data-testid={testId}
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      <summary>{t('chart.asTable')}</summary>
      {opened && children()}
    </details>
  );
}
