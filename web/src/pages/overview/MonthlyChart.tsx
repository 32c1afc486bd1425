import { useMemo } from 'react';
import { modes, type Commitment } from '../../api/types.ts';
import { Chart, type ChartSpec } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMonth, formatNumber } from '../../lib/format.ts';
import { modeColours } from './palette.ts';
import { monthlyByMode } from './commitment-series.ts';

/** Commitments announced per month, stacked by mode of giving. */
export function MonthlyChart({ commitments }: { commitments: Commitment[] }) {
  const { t, locale } = useI18n();
  const spec = useMemo((): ChartSpec => {
    const series = monthlyByMode(commitments);
    const shown = [...modes, 'unknown' as const].filter((mode) => series.byMode[mode].some((n) => n > 0));
    return {
      kind: 'bar',
      stacked: true,
      integers: true,
      legend: 'bottom',
      categories: series.months.map((m) => formatMonth(m, locale)),
      series: shown.map((mode) => ({
        name: t(`mode.${mode}`),
        values: series.byMode[mode],
        colour: modeColours[mode],
      })),
      format: (value) => formatNumber(value, locale),
    };
  }, [commitments, t, locale]);
  return <Chart spec={spec} label={t('overview.monthly.label')} height={320} testId="monthly-chart" />;
}
