/** A report's line on exchange rates (overview, value over time): the last ECB rate date used, and what could not be converted. */
import type { BurdenReport } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';

export function RatesLine({ report }: { report: Pick<BurdenReport, 'currency' | 'conversion'> }) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  const { rate_date: rateDate, unconverted } = report.conversion;
  const money = (amount: string, currency: string) => {
    try {
      return formatMoney(amount, currency, locale);
    } catch {
      return `${currency} ${amount}`;
    }
  };
  return (
    <div className="rates-line" data-testid="rates-line">
      <p>
        {rateDate ? t('overview.rates', { date: formatDate(rateDate, locale) }) : t('overview.ratesNone')}{' '}
        {unconverted.length === 0
          ? t('overview.allConverted')
          : t('overview.notConverted', { count: unconverted.length, currency: report.currency })}
      </p>
      {unconverted.length > 0 && (
        <ul data-testid="unconverted">
          {unconverted.map((u) => (
            <li key={`${u.record}-${u.currency}-${u.amount}`}>
              {u.donor ? `${name(u.donor)}${t('punct.colon')}` : ''}
              {money(u.amount, u.currency)}
              {u.value_date ? ` (${formatDate(u.value_date, locale)})` : ''} —{' '}
              {t(`overview.reason.${u.reason}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
