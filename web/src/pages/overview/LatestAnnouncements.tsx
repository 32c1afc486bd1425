import type { Commitment } from '../../api/types.ts';
import { DateText, MoneyText, PartyName, SourceList, StatusBadge } from '../../components/common.tsx';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../lib/router.tsx';

/** The most recent announcements, each with its sources. */
export function LatestAnnouncements({ commitments }: { commitments: Commitment[] }) {
  const { t } = useI18n();
  const latest = commitments.filter((c) => c.announced_on).slice(0, 6);
  if (!latest.length) return <Empty />;
  return (
    <ol className="announcements">
      {latest.map((c) => (
        <li key={c.id}>
          <div className="announcement-head">
            <DateText iso={c.announced_on} /> · <PartyName code={c.donor} link /> →{' '}
            <PartyName code={c.recipient} />
            {c.mode && <span className="muted"> · {t(`mode.${c.mode}`)}</span>}{' '}
            <StatusBadge status={c.state.status} />
          </div>
          <Link href={`/commitments/${encodeURIComponent(c.id)}`} className="announcement-title">
            <MoneyText money={c.money} />{' '}
            {c.items.length ? `· ${c.items.map((i) => i.equipment ?? i.category).join(', ')}` : ''}
          </Link>
          <SourceList sources={c.sources.slice(0, 2)} />
        </li>
      ))}
    </ol>
  );
}
