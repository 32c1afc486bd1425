import type { BurdenReport } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatMoneyShort, formatNumber } from '../../lib/format.ts';

/** Committed and delivered totals as the burden report sums them (never summed here). */
export function HeadlineTotals({
  report,
  commitments,
}: {
  report: BurdenReport;
  commitments: number | null;
}) {
  const { t, locale } = useI18n();
  const { totals, currency } = report;
  const figures = [
    { key: 'committed', label: t('overview.committed'), amount: totals.committed.amount },
    { key: 'delivered', label: t('overview.delivered'), amount: totals.delivered.amount },
  ];
  return (
    <dl className="headline" data-testid="headline-totals">
      {figures.map((figure) => (
        <div key={figure.key} className="headline-figure" data-figure={figure.key}>
          <dt>{figure.label}</dt>
          <dd>
            <span className="big">{formatMoneyShort(figure.amount, currency, locale)}</span>
            <span className="exact" data-testid={`total-${figure.key}`}>
              {formatMoney(figure.amount, currency, locale)}
            </span>
          </dd>
        </div>
      ))}
      <div className="headline-figure">
        <dt>{t('overview.donors')}</dt>
        <dd>
          <span className="big">{formatNumber(report.donors.length, locale)}</span>
        </dd>
      </div>
      <div className="headline-figure">
        <dt>{t('overview.commitments')}</dt>
        <dd>
          <span className="big">{commitments === null ? '…' : formatNumber(commitments, locale)}</span>
        </dd>
      </div>
    </dl>
  );
}
