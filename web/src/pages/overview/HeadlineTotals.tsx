import type { BurdenReport } from '../../api/types.ts';
import { EstimatedPart } from '../../components/EstimatedPart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatMoneyShort, formatNumber } from '../../lib/format.ts';

/**
 * Committed and delivered totals as the burden report sums them (never summed here), each with
 * its definition and the part of it estimated from catalogue prices.
 */
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
    {
      key: 'committed',
      label: t('overview.committed'),
      definition: t('definition.committed'),
      amount: totals.committed.amount,
      estimated: totals.estimated,
      percent: totals.estimated_pct,
    },
    {
      key: 'delivered',
      label: t('overview.delivered'),
      definition: t('definition.delivered'),
      amount: totals.delivered.amount,
      estimated: totals.delivered_estimated,
      percent: totals.delivered_estimated_pct,
    },
  ];
  return (
    <dl className="headline" data-testid="headline-totals">
      {figures.map((figure) => (
        <div key={figure.key} className="headline-figure headline-money" data-figure={figure.key}>
          <dt>{figure.label}</dt>
          <dd>
            <span className="big">{formatMoneyShort(figure.amount, currency, locale)}</span>
            <span className="exact" data-testid={`total-${figure.key}`}>
              {formatMoney(figure.amount, currency, locale)}
            </span>
            <EstimatedPart
              part={figure.estimated}
              percent={figure.percent}
              currency={currency}
              testId={`estimated-${figure.key}`}
            />
            <span className="definition" data-testid={`definition-${figure.key}`}>
              {figure.definition}
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
          <span className="big" data-testid="total-commitments">
            {commitments === null ? '…' : formatNumber(commitments, locale)}
          </span>
        </dd>
      </div>
    </dl>
  );
}
