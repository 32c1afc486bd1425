import type { Fact } from '../../api/types.ts';
import { PartyName } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatMoney, formatNumber } from '../../lib/format.ts';

/** One extracted fact in a line: type, who to whom, what, how much, when. */
export function FactSummary({ fact }: { fact: Fact }) {
  const { t, locale } = useI18n();
  const money = fact.money;
  return (
    <span className="fact-summary">
      <span className={`badge fact-badge-${fact.type}`}>{fact.type}</span>{' '}
      {fact.donor && <PartyName code={fact.donor} />}
      {fact.recipient && (
        <>
          {' → '}
          <PartyName code={fact.recipient} />
        </>
      )}
      {fact.mode && ` · ${t(`mode.${fact.mode as 'donation'}`)}`}
      {fact.quantity && ` · ${formatNumber(fact.quantity.value, locale)} ×`}
      {(fact.item || fact.category) && ` ${fact.item ?? fact.category}`}
      {money &&
        ` · ${money.amount !== null ? formatMoney(String(money.amount), money.currency, locale) : t('money.vague', { currency: money.currency })}`}
      {fact.date &&
        ` · ${fact.date.granularity === 'day' ? formatDate(fact.date.value, locale) : fact.date.value}`}
      {fact.confidence !== undefined && (
        <span className="muted"> · {formatNumber(fact.confidence, locale)}</span>
      )}
    </span>
  );
}
