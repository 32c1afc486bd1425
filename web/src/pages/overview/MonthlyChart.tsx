import { useMemo } from 'react';
import { modes, type Commitment } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMonth } from '../../lib/format.ts';
import { modeColours } from './palette.ts';
import { monthlyByMode } from './commitment-series.ts';

/** Commitments announced per month, stacked by mode of giving. */
export function MonthlyChart({ commitments }: { commitments: Commitment[] }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const series = monthlyByMode(commitments);
    const shown = [...modes, 'unknown' as const].filter((mode) => series.byMode[mode].some((n) => n > 0));
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 64, containLabel: true },
      legend: { bottom: 0, type: 'plain' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: series.months.map((m) => formatMonth(m, locale)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: shown.map((mode) => ({
        type: 'bar',
        stack: 'mode',
        name: t(`mode.${mode}`),
        data: series.byMode[mode],
        itemStyle: { color: modeColours[mode] },
      })),
    };
  }, [commitments, t, locale]);
  return <Chart option={option} label={t('overview.monthly.label')} height={320} testId="monthly-chart" />;
}
