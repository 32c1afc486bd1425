/** A requirement's coverage as one stacked bar: delivered, contracted, pledged, then the gap. */
import { useI18n } from '../../i18n/i18n.tsx';
import { quantityText } from '../../lib/titles.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { coverageBuckets, type CoverageBucket } from './coordination-types.ts';
import './coordination.css';

const order: CoverageBucket[] = ['delivered', 'contracted', 'pledged'];

export function CoverageLegend() {
  const { t } = useI18n();
  return (
    <ul className="coverage-legend" aria-label={t('req.legend')}>
      {order.map((b) => (
        <li key={b}>
          <span className={`swatch coverage-${b}`} aria-hidden="true" />
          {t(`req.${b}`)}
        </li>
      ))}
      <li>
        <span className="swatch coverage-remaining" aria-hidden="true" />
        {t('req.remaining')}
      </li>
    </ul>
  );
}

export function CoverageBar({
  quantity,
  covered,
  gap,
  unit,
}: {
  quantity: number | null;
  covered: Record<CoverageBucket, number>;
  gap: number | null;
  unit: string | null;
}) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  if (quantity === null || quantity <= 0) return <p className="coverage-figures">{t('req.barNoQuantity')}</p>;
  const total = coverageBuckets.reduce((sum, b) => sum + covered[b], 0);
  // More covered than required: the bar shows the shares of what is covered.
  const scale = Math.max(quantity, total);
  const width = (value: number) => `${((value / scale) * 100).toFixed(2)}%`;
  const label = t('req.barLabel', {
    delivered: n(covered.delivered),
    contracted: n(covered.contracted),
    pledged: n(covered.pledged),
    quantity: quantityText(quantity, unit, { locale, t }),
    gap: n(gap ?? Math.max(0, quantity - total)),
  });
  const percent = formatPercent(String(Math.min(100, (total / quantity) * 100).toFixed(0)), locale, 0);
  return (
    <div className="coverage">
      <div className="coverage-bar" role="img" aria-label={label} title={label}>
        {order.map((b) =>
          covered[b] > 0 ? (
            <span key={b} className={`coverage-${b}`} style={{ width: width(covered[b]) }} />
          ) : null,
        )}
      </div>
      <p className="coverage-figures">
        {t('req.percent', { percent })} · {order.map((b) => `${t(`req.${b}`)} ${n(covered[b])}`).join(' · ')}
      </p>
    </div>
  );
}
