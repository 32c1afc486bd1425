import { useMemo } from 'react';
import { statuses, type Status } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoneyShort } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { statusColours } from './palette.ts';

export interface PipelineReport {
  currency: string;
  by_status: { status: Status; count: number; value: { amount: string }; unvalued: number }[];
}

/** Value and number of commitments at each step of the pipeline (GET /api/v1/reports/pipeline); a bar opens the ledger filtered to it. */
export function PipelineChart({ report }: { report: PipelineReport }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => {
    const rows = statuses.map((s) => report.by_status.find((row) => row.status === s));
    return {
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: statuses.map((s) => t(`status.${s}`)),
        axisLabel: { interval: 0, hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatMoneyShort(String(v), report.currency, locale) },
      },
      series: [
        {
          type: 'bar',
          // Display only: the bar heights need numbers, the labels keep the exact strings.
          data: rows.map((row, i) => ({
            value: row ? Number(row.value.amount) : 0,
            itemStyle: { color: statusColours[statuses[i]!] },
          })),
          label: {
            show: true,
            position: 'top',
            formatter: (p: { dataIndex: number }) => {
              const row = rows[p.dataIndex];
              return row
                ? `${formatMoneyShort(row.value.amount, report.currency, locale)} (${row.count})`
                : '';
            },
          },
        },
      ],
    };
  }, [report, t, locale]);
  return (
    <Chart
      option={option}
      label={t('overview.pipeline.label')}
      height={280}
      onSelect={(_, index) => navigate(`/ledger?status=${statuses[index]}`)}
      testId="pipeline-chart"
    />
  );
}
