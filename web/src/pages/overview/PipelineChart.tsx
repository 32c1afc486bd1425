import { useMemo } from 'react';
import type { BurdenReport } from '../../api/types.ts';
import { FiguresTable } from '../../components/common.tsx';
import { Chart, type ChartSpec } from '../../components/Chart.tsx';
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
  const spec = useMemo(
    (): ChartSpec => ({
      kind: 'bar',
      categories: stages.map((s) => t(`status.${s.stage}`)),
      keys: stages.map((s) => s.stage),
      series: [
        {
          name: t('stages.value'),
          // Display only: the bar heights need numbers, the labels keep the exact strings.
          values: stages.map((s) => Number(s.value.amount)),
          colour: '#1f5fa8',
          colours: stages.map((s) => statusColours[s.stage]),
          labels: stages.map((s) => `${formatMoneyShort(s.value.amount, currency, locale)} (${s.count})`),
        },
      ],
      format: (value) => formatMoneyShort(String(value), currency, locale),
    }),
    [stages, currency, t, locale],
  );
  return (
    <>
      <Chart
        spec={spec}
        label={t('overview.pipeline.label')}
        height={280}
        onSelect={(stage) => navigate(`/ledger?status=${stage}`)}
        testId="pipeline-chart"
      />
      <p className="definition" data-testid="definition-stages">
        {t('definition.stages')}{' '}
        {t('stages.sum', { amount: formatMoney(report.totals.committed.amount, currency, locale) })}
      </p>
      <FiguresTable testId="stages-table">
        {() => (
          <>
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
          </>
        )}
      </FiguresTable>
    </>
  );
}
