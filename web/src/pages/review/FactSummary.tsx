import type { Fact } from '../../api/types.ts';
import { PartyName } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatMoney, formatNumber } from '../../lib/format.ts';

/** One extracted fact in a line: type, who to whom, what, how much, when. */
export function FactSummary({ fact }: { fact: Fact }) {
  const { t, locale } = useI18n();
  const money = fact.money;
  const quantity = fact.quantity?.value ?? null;
  // The extractor leaves the currency unset when the text names an ambiguous one ("crowns").
  const amount =
    money?.amount == null
      ? null
      : money.currency
        ? formatMoney(String(money.amount), money.currency, locale)
        : formatNumber(money.amount, locale);
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
      {fact.mode && ` · ${t(`mode.${fact.mode}`)}`}
      {quantity !== null && ` · ${formatNumber(quantity, locale)} ×`}
      {(fact.item || fact.category) && ` ${fact.item ?? fact.category}`}
      {money && ` · ${amount ?? t('money.vague', { currency: money.currency ?? '?' })}`}
      {fact.date &&
        ` · ${fact.date.granularity === 'day' ? formatDate(fact.date.value, locale) : fact.date.value}`}
      <span className="muted"> · {formatNumber(fact.confidence, locale)}</span>
    </span>
  );
}
