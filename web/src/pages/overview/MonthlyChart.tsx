import { useMemo } from 'react';
import type { ValueOverTimeReport } from '../../api/types.ts';
import { FiguresTable } from '../../components/common.tsx';
import { Chart, type ChartSpec } from '../../components/Chart.tsx';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatMoneyShort, formatMonth } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { monthlyCommitted } from './monthly-value.ts';
import { modeColours } from './palette.ts';

/** Value committed per announcement month, stacked by mode of giving, in the overview's currency. */
export function MonthlyChart({ report }: { report: ValueOverTimeReport }) {
  const { t, locale } = useI18n();
  const series = useMemo(() => monthlyCommitted(report), [report]);
  const spec = useMemo(
    (): ChartSpec => ({
      kind: 'bar',
      stacked: true,
      legend: 'bottom',
      categories: series.months.map((m) => formatMonth(m, locale)),
      series: series.lines.map((line) => ({
        name: t(`mode.${line.mode}`),
        // The bar heights need numbers; the table keeps the exact strings.
        values: line.values.map(Number),
        colour: modeColours[line.mode],
      })),
      format: (value) => formatMoneyShort(String(value), report.currency, locale),
    }),
    [series, report.currency, t, locale],
  );
  if (!series.months.length) return <Empty>{t('value.empty')}</Empty>;
  return (
    <>
      <Chart
        spec={spec}
        label={t('overview.monthly.label', { currency: report.currency })}
        height={320}
        testId="monthly-chart"
      />
      <FiguresTable testId="monthly-table">
        {() => (
          <>
            {/* Scrolls sideways on a narrow screen: reachable by keyboard. */}
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('overview.monthly')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('value.month')}</th>
                    {series.lines.map((line) => (
                      <th scope="col" className="num" key={line.mode}>
                        {t(`mode.${line.mode}`)}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('overview.committed')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {series.months.map((month, i) => (
                    <tr key={month}>
                      <th scope="row">{formatMonth(month, locale)}</th>
                      {series.lines.map((line) => (
                        <td className="num" key={line.mode}>
                          {formatMoney(line.values[i] ?? '0', report.currency, locale)}
                        </td>
                      ))}
                      <td className="num">{formatMoney(series.totals[i] ?? '0', report.currency, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </FiguresTable>
      <p className="muted">
        <Link
          href={
            report.currency === 'EUR' ? '/value-over-time' : `/value-over-time?currency=${report.currency}`
          }
        >
          {t('overview.monthly.more')}
        </Link>
      </p>
    </>
  );
}
