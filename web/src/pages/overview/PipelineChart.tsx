import { useMemo } from 'react';
import type { BurdenReport } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { EstimatedPart } from '../../components/EstimatedPart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatMoneyShort, formatNumber } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { statusColours } from './palette.ts';

/**
 * The committed total by pipeline stage (the burden report's `stages`): the bars add up to the
 * committed total and the delivered bar is the delivered total; a bar opens the ledger at that status.
 */
export function PipelineChart({ report }: { report: Pick<BurdenReport, 'currency' | 'stages' | 'totals'> }) {
  const { t, locale } = useI18n();
  const { stages, currency } = report;
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: stages.map((s) => t(`status.${s.stage}`)),
        axisLabel: { interval: 0, hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatMoneyShort(String(v), currency, locale) },
      },
      series: [
        {
          type: 'bar',
          // Display only: the bar heights need numbers, the labels keep the exact strings.
          data: stages.map((s) => ({
            value: Number(s.value.amount),
            itemStyle: { color: statusColours[s.stage] },
          })),
          label: {
            show: true,
            position: 'top',
            formatter: (p: { dataIndex: number }) => {
              const s = stages[p.dataIndex];
              return s ? `${formatMoneyShort(s.value.amount, currency, locale)} (${s.count})` : '';
            },
          },
        },
      ],
    }),
    [stages, currency, t, locale],
  );
  return (
    <>
      <Chart
        option={option}
        label={t('overview.pipeline.label')}
        height={280}
        onSelect={(_, index) => navigate(`/ledger?status=${stages[index]!.stage}`)}
        testId="pipeline-chart"
      />
      <p className="definition" data-testid="definition-stages">
        {t('definition.stages')}{' '}
        {t('stages.sum', { amount: formatMoney(report.totals.committed.amount, currency, locale) })}
      </p>
      <details className="data-table" data-testid="stages-table">
        <summary>{t('chart.asTable')}</summary>
        <table>
          <caption>{t('stages.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stages.stage')}</th>
              <th scope="col" className="num">
                {t('stages.value')}
              </th>
              <th scope="col">{t('stages.estimated')}</th>
              <th scope="col" className="num">
                {t('stages.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{t(`status.${s.stage}`)}</th>
                <td className="num">{formatMoney(s.value.amount, currency, locale)}</td>
                <td>
                  <EstimatedPart part={s.estimated} percent={s.estimated_pct} currency={currency} />
                </td>
                <td className="num">{formatNumber(s.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
