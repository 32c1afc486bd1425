/** The part of a money total estimated from catalogue prices, shown beside the total it belongs to. */
import { useI18n } from '../i18n/i18n.tsx';
import { formatMoneyShort, formatPercent } from '../lib/format.ts';

export function EstimatedPart({
  part,
  percent,
  currency,
  testId,
}: {
  part: { amount: string; amount_minor: string };
  /** Null when the total is zero: nothing to say. */
  percent: string | null;
  currency: string;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  if (percent === null) return null;
  return (
    <span className="estimated" data-testid={testId}>
      {part.amount_minor === '0'
        ? t('estimated.none')
        : t('estimated.part', {
            percent: formatPercent(percent, locale, 1),
            amount: formatMoneyShort(part.amount, currency, locale),
          })}
    </span>
  );
}
