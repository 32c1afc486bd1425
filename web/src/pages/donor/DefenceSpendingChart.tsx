import { useMemo } from 'react';
import type { Indicator } from '../../api/types.ts';
import { Chart, type ChartSpec } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../lib/format.ts';

/** NATO guideline lines: 2 % (2014), and the Hague 2025 split of 5 % into 3.5 % core + 1.5 %. */
const targets = ['2', '3.5', '5'];

/** Defence expenditure as % of GDP over the years, against the 2 %, 3.5 % and 5 % lines. */
export function DefenceSpendingChart({ values }: { values: Indicator[] }) {
  const { t, locale } = useI18n();
  const spec = useMemo(
    (): ChartSpec => ({
      kind: 'line',
      points: true,
      max: 5.5,
      categories: values.map((v) => String(v.year)),
      series: [
        {
          name: t('donor.defence'),
          values: values.map((v) => Number(v.value)),
          colour: '#1f5fa8',
        },
      ],
      format: (value) => formatPercent(String(value), locale),
      marks: targets.map((value) => ({
        value: Number(value),
        label: formatPercent(value, locale),
        colour: '#a61b1b',
      })),
    }),
    [values, t, locale],
  );
  return <Chart spec={spec} label={t('donor.defence.label')} height={280} testId="defence-chart" />;
}
