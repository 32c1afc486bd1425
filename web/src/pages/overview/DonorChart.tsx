import { useMemo, useState } from 'react';
import type { BurdenReport, BurdenRow } from '../../api/types.ts';
import { EstimatedPart } from '../../components/EstimatedPart.tsx';
import { FiguresTable } from '../../components/common.tsx';
import { Chart, type ChartSpec } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney, formatMoneyShort, formatPercent } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { navigate } from '../../lib/router.tsx';

export type DonorMeasure = 'absolute' | 'share' | 'gdp';
const measures: DonorMeasure[] = ['absolute', 'share', 'gdp'];
const TOP = 15;

/** The decimal string a measure reads from a report row; null when the row has none. */
function valueOf(row: BurdenRow, measure: DonorMeasure): string | null {
  if (measure === 'absolute') return row.committed.amount;
  if (measure === 'share') return row.share_pct;
  return row.gdp_pct;
}

/** Committed value by donor: absolute, share of the total, or % of GDP. */
export function DonorChart({ report }: { report: BurdenReport }) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  const [measure, setMeasure] = useState<DonorMeasure>('absolute');

  const rows = useMemo(
    () =>
      report.donors
        .filter((row) => valueOf(row, measure) !== null)
        // Display order only: the chart needs numbers, the labels keep the exact strings.
        .sort((a, b) => Number(valueOf(b, measure)) - Number(valueOf(a, measure)))
        .slice(0, TOP),
    [report, measure],
  );
  const labels = useMemo(
    () =>
      rows.map((row) => {
        const value = valueOf(row, measure)!;
        if (measure === 'absolute') return formatMoneyShort(value, report.currency, locale);
        return formatPercent(value, locale, measure === 'gdp' ? 4 : 2);
      }),
    [rows, measure, report.currency, locale],
  );

  const spec = useMemo(
    (): ChartSpec => ({
      kind: 'bar',
      horizontal: true,
      categories: rows.map((row) => name(row.donor)),
      keys: rows.map((row) => row.donor),
      series: [
        {
          name: t(`overview.measure.${measure}`),
          // Display only: the chart needs numbers, the labels keep the exact strings.
          values: rows.map((row) => Number(valueOf(row, measure))),
          colour: '#1f5fa8',
          labels,
        },
      ],
      format: (value) =>
        measure === 'absolute'
          ? formatMoneyShort(String(value), report.currency, locale)
          : formatPercent(String(value), locale),
    }),
    [rows, labels, measure, name, report.currency, locale, t],
  );

  return (
    <div>
      <fieldset className="segmented">
        <legend>{t('overview.measure')}</legend>
        {measures.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="donor-measure"
              value={m}
              checked={measure === m}
              onChange={() => setMeasure(m)}
            />
            {t(`overview.measure.${m}`)}
          </label>
        ))}
      </fieldset>
      <Chart
        spec={spec}
        label={t('overview.byDonor.label')}
        height={Math.max(240, rows.length * 28 + 40)}
        onSelect={(code) => navigate(`/donors/${encodeURIComponent(code)}`)}
        testId="donor-chart"
      />
      <FiguresTable testId="donor-table">
        {() => (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('field.donor')}</th>
                  <th scope="col" className="num">
                    {t('overview.committed')}
                  </th>
                  <th scope="col">{t('stages.estimated')}</th>
                  <th scope="col" className="num">
                    {t('overview.delivered')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.measure.share')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.measure.gdp')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.donors.map((row) => (
                  <tr key={row.donor}>
                    <th scope="row">{name(row.donor)}</th>
                    <td className="num">{formatMoney(row.committed.amount, report.currency, locale)}</td>
                    <td>
                      <EstimatedPart
                        part={row.estimated}
                        percent={row.estimated_pct}
                        currency={report.currency}
                      />
                    </td>
                    <td className="num">{formatMoney(row.delivered.amount, report.currency, locale)}</td>
                    <td className="num">{row.share_pct ? formatPercent(row.share_pct, locale) : '—'}</td>
                    <td className="num">{row.gdp_pct ? formatPercent(row.gdp_pct, locale, 4) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </FiguresTable>
    </div>
  );
}
