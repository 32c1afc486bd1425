import type { Commitment } from '../../api/types.ts';
import { DateText, MoneyText, PartyName, SourceList, StatusBadge } from '../../components/common.tsx';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { Link } from '../../lib/router.tsx';
import { commitmentTitle } from '../../lib/titles.ts';

/** The most recent announcements, each with its sources. */
export function LatestAnnouncements({ commitments }: { commitments: Commitment[] }) {
  const { t } = useI18n();
  const words = useTitleWords();
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
            {commitmentTitle(c, words)}
            {c.money && (
              <>
                {' · '}
                <MoneyText money={c.money} />
              </>
            )}
          </Link>
          <SourceList sources={c.sources.slice(0, 2)} />
        </li>
      ))}
    </ol>
  );
}
