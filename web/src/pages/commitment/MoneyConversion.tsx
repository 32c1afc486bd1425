import type { Money } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { MoneyText } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatMoney, formatNumber } from '../../lib/format.ts';

/** The amount as recorded and, converted by the server at the ECB rate of its value date, in EUR or USD. */
export function MoneyConversion({ money }: { money: Money | null }) {
  const { t, locale } = useI18n();
  const target = money?.currency === 'EUR' ? 'USD' : 'EUR';
  const amount = money?.amount;
  const on = money?.value_date;
  const convertible = money && amount && on;
  const conversion = useApi(
    '/api/v1/fx/convert',
    convertible ? { query: { amount, from: money.currency, to: target, on } } : null,
  );
  return (
    <div>
      <p className="big-money">
        <MoneyText money={money} />
      </p>
      {money?.value_date && (
        <p className="muted">
          {t('field.valueDate')}: {formatDate(money.value_date, locale)}
        </p>
      )}
      {convertible && conversion.state === 'ready' && (
        <p data-testid="conversion">
          ≈ {formatMoney(conversion.data.to.amount, conversion.data.to.currency, locale)}{' '}
          <span className="muted">
            {t('commitment.rate', {
              rate: formatNumber(conversion.data.rate, locale),
              pair: `${target}/${money.currency}`,
              date: formatDate(conversion.data.rate_date, locale),
              source: conversion.data.source,
            })}
          </span>
        </p>
      )}
      {convertible && conversion.state === 'error' && <p className="muted">{t('commitment.noRate')}</p>}
    </div>
  );
}
