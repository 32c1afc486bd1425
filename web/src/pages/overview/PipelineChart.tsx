import { useMemo } from 'react';
import { statuses, type Commitment } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { countByStatus } from './commitment-series.ts';
import { statusColours } from './palette.ts';

/** How many commitments stand at each step of the pipeline; a bar opens the ledger filtered to it. */
export function PipelineChart({ commitments }: { commitments: Commitment[] }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const counts = countByStatus(commitments);
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: statuses.map((s) => t(`status.${s}`)),
        axisLabel: { interval: 0, hideOverlap: true },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          data: statuses.map((s) => ({ value: counts[s], itemStyle: { color: statusColours[s] } })),
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [commitments, t]);
  return (
    <Chart
      option={option}
      label={t('overview.pipeline.label')}
      height={260}
      onSelect={(_, index) => navigate(`/ledger?status=${statuses[index]}`)}
      testId="pipeline-chart"
    />
  );
}
