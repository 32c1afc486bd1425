import { useMemo } from 'react';
import type { FairShareReport } from '../../api/types.ts';
import { Chart, type ChartSpec } from '../../components/Chart.tsx';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoneyShort } from '../../lib/format.ts';
import { OverUnder } from './FairShareRanking.tsx';

/** One donor's contribution in a year beside its three benchmarks, as bars in EUR. */
export function FairShareChart({ report, code }: { report: FairShareReport; code: string }) {
  const { t, locale } = useI18n();
  const row = report.donors.find((d) => d.donor === code);
  const bars = useMemo(
    () =>
      row
        ? ([
            ['fair.contribution', row.contribution.amount],
            ['fair.ask', row.ask?.value.amount ?? null],
            ['fair.gdpShare', row.gdp_share?.value.amount ?? null],
            ['fair.natoPath', row.nato_path?.value.amount ?? null],
          ] as const)
        : [],
    [row],
  );
  const spec = useMemo(
    (): ChartSpec => ({
      kind: 'bar',
      categories: bars.map(([key]) => t(key)),
      series: [
        {
          name: t('fair.contribution'),
          // Chart values only: the exact figures are in the table beside it, as decimal strings.
          values: bars.map(([, amount]) => (amount === null ? null : Number(amount))),
          colour: '#a0a7b4',
          colours: bars.map((_, i) => (i === 0 ? '#1f5fa8' : '#a0a7b4')),
        },
      ],
      format: (value) => formatMoneyShort(String(value), 'EUR', locale),
    }),
    [bars, t, locale],
  );
  if (!row) return <Empty>{t('fair.notInYear', { year: report.year })}</Empty>;
  return (
    <>
      <Chart
        spec={spec}
        label={t('fair.chart.label', { year: report.year })}
        height={240}
        testId="fair-share-chart"
      />
      <dl className="facts">
        <dt>{t('fair.ask')}</dt>
        <dd>
          <OverUnder measure={row.ask} />
        </dd>
        <dt>{t('fair.gdpShare')}</dt>
        <dd>
          <OverUnder measure={row.gdp_share} />
        </dd>
        <dt>{t('fair.natoPath')}</dt>
        <dd>
          <OverUnder measure={row.nato_path} />
        </dd>
      </dl>
      {row.rank === null && <p className="muted">{t('fair.notRanked')}</p>}
      {row.range && (
        <p className="muted">
          {t('fair.range', {
            low: formatMoneyShort(row.range.low.amount, 'EUR', locale),
            high: formatMoneyShort(row.range.high.amount, 'EUR', locale),
          })}
        </p>
      )}
    </>
  );
}
