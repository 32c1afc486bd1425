import { useMemo } from 'react';
import type { Indicator } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/format.ts';

/** NATO guideline lines: 2 % (2014), and the Hague 2025 split of 5 % into 3.5 % core + 1.5 %. */
const targets = ['2', '3.5', '5'];

/** Defence expenditure as % of GDP over the years, against the 2 %, 3.5 % and 5 % lines. */
export function DefenceSpendingChart({ values }: { values: Indicator[] }) {
  const { t, locale } = useI18n();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 64, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPercent(String(v), locale) },
      xAxis: { type: 'category', data: values.map((v) => String(v.year)) },
      yAxis: {
        type: 'value',
        max: 5.5,
        axisLabel: { formatter: (v: number) => formatPercent(String(v), locale) },
      },
      series: [
        {
          type: 'line',
          name: t('donor.defence'),
          data: values.map((v) => Number(v.value)),
          symbolSize: 7,
          itemStyle: { color: '#1f5fa8' },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#a61b1b' },
            label: {
              formatter: (p: { value: number }) => formatPercent(String(p.value), locale),
              position: 'end',
            },
            data: targets.map((value) => ({ yAxis: Number(value) })),
          },
        },
      ],
    }),
    [values, t, locale],
  );
  return <Chart option={option} label={t('donor.defence.label')} height={280} testId="defence-chart" />;
}
