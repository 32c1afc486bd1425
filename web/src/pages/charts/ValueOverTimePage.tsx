/** Aid value over time: per month or cumulative, by channel or committed beside delivered. */
import { useMemo } from 'react';
import type { ValueOverTimeReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Chart, preloadChartLibrary, type ChartSpec } from '../../components/Chart.tsx';
import { Section } from '../../components/common.tsx';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { download } from '../../lib/export/download.ts';
import { formatMoney, formatMoneyShort, formatMonth } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { navigate, usePlace } from '../../lib/router.tsx';
import { modeColours } from '../overview/palette.ts';
import { RatesLine } from '../overview/RatesLine.tsx';
import {
  currencies,
  measures,
  readValueView,
  scales,
  splits,
  valueReportQuery,
  valueViewHref,
  viewCsvRows,
  viewLines,
  type Line,
  type ValueView,
} from './value-view.ts';

const measureColours = { committed: '#1f5fa8', delivered: '#15803d' } as const;

function Choice<T extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

function ValueChart({
  report,
  view,
  lines,
}: {
  report: ValueOverTimeReport;
  view: ValueView;
  lines: Line[];
}) {
  const { t, locale } = useI18n();
  const spec = useMemo(
    (): ChartSpec => ({
      kind: view.scale === 'monthly' ? 'bar' : 'line',
      stacked: view.split === 'mode',
      legend: 'top',
      categories: report.months.map((m) => formatMonth(m, locale)),
      series: lines.map((line) => ({
        name: lineName(t, view, line.key),
        // The chart needs numbers for heights only; labels and the table keep the exact strings.
        values: line.values.map(Number),
        colour:
          view.split === 'measure'
            ? measureColours[line.key as 'committed' | 'delivered']
            : modeColours[line.key as keyof typeof modeColours],
      })),
      format: (value) => formatMoneyShort(String(value), report.currency, locale),
    }),
    [report, view, lines, locale, t],
  );
  const label = t('value.chartLabel', {
    what: view.split === 'mode' ? t(`value.measure.${view.measure}`) : t('value.split.measure'),
    scale: t(`value.scale.${view.scale}`),
    currency: report.currency,
  });
  return <Chart spec={spec} label={label} height={360} testId="value-chart" />;
}

function lineName(t: (key: MessageKey) => string, view: ValueView, key: string): string {
  return view.split === 'measure'
    ? t(`value.measure.${key as 'committed' | 'delivered'}`)
    : t(`mode.${key as 'donation'}`);
}

function ValueTable({
  report,
  view,
  lines,
}: {
  report: ValueOverTimeReport;
  view: ValueView;
  lines: Line[];
}) {
  const { t, locale } = useI18n();
  return (
    <details className="data-table" data-testid="value-table">
      <summary>{t('chart.asTable')}</summary>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('value.month')}</th>
              {lines.map((line) => (
                <th scope="col" className="num" key={line.key}>
                  {lineName(t, view, line.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.months.map((month, i) => (
              <tr key={month}>
                <th scope="row">{formatMonth(month, locale)}</th>
                {lines.map((line) => (
                  <td className="num" key={line.key}>
                    {formatMoney(line.values[i] ?? '0', report.currency, locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Rules({ report }: { report: ValueOverTimeReport }) {
  const { t, locale } = useI18n();
  return (
    <>
      {report.notes.length > 0 && (
        <ul className="notes" data-testid="value-notes">
          {report.notes.map((note) => (
            <li key={note.id}>
              {t(`value.note.${note.id}`, {
                count: note.count,
                committed: note.committed ? formatMoney(note.committed, report.currency, locale) : '',
                delivered: note.delivered ? formatMoney(note.delivered, report.currency, locale) : '',
              })}
            </li>
          ))}
        </ul>
      )}
      <RatesLine report={report} />
      <details>
        <summary>{t('value.rules')}</summary>
        <ul>
          {report.rules.map((rule) => (
            <li key={rule}>{t(`value.rule.${rule}`)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

function DonorChoice({ view, onChange }: { view: ValueView; onChange: (donor: string | null) => void }) {
  const { t } = useI18n();
  const { list, name } = useParties();
  const states = list
    .filter((p) => p.kind === 'state')
    .sort((a, b) => name(a.code).localeCompare(name(b.code)));
  return (
    <label className="field" htmlFor="value-donor">
      <span>{t('value.donor')}</span>
      <select id="value-donor" value={view.donor ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('value.allDonors')}</option>
        {view.donor && !states.some((p) => p.code === view.donor) && (
          <option value={view.donor}>{view.donor}</option>
        )}
        {states.map((p) => (
          <option key={p.code} value={p.code}>
            {name(p.code)}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function ValueOverTimePage() {
  const { t, locale } = useI18n();
  const { search } = usePlace();
  const view = readValueView(search);
  const loaded = useApi('/api/v1/reports/value-over-time', { query: valueReportQuery(view) });
  void preloadChartLibrary();
  const change = (patch: Partial<ValueView>) =>
    navigate(valueViewHref({ ...view, ...patch }), { replace: true });

  return (
    <Layout title={t('value.title')}>
      <h1>{t('value.title')}</h1>
      <p className="muted">{t('value.intro')}</p>
      <form className="filters chart-controls" onSubmit={(e) => e.preventDefault()}>
        <Choice
          name="value-split"
          legend={t('value.split')}
          options={splits}
          value={view.split}
          label={(o) => t(`value.split.${o}`)}
          onChange={(split) => change({ split })}
        />
        {view.split === 'mode' && (
          <Choice
            name="value-measure"
            legend={t('value.measure')}
            options={measures}
            value={view.measure}
            label={(o) => t(`value.measure.${o}`)}
            onChange={(measure) => change({ measure })}
          />
        )}
        <Choice
          name="value-scale"
          legend={t('value.scale')}
          options={scales}
          value={view.scale}
          label={(o) => t(`value.scale.${o}`)}
          onChange={(scale) => change({ scale })}
        />
        <Choice
          name="value-currency"
          legend={t('value.currency')}
          options={currencies}
          value={view.currency}
          label={(o) => o}
          onChange={(currency) => change({ currency })}
        />
        <DonorChoice view={view} onChange={(donor) => change({ donor })} />
      </form>
      <Await loaded={loaded}>
        {(report) => {
          const lines = viewLines(report, view);
          const names = (key: string) => lineName(t, view, key);
          return (
            <Section title={t('value.title')} id="value">
              {report.months.length === 0 ? (
                <Empty>{t('value.empty')}</Empty>
              ) : (
                <>
                  <p data-testid="value-totals">
                    {t('value.totals', {
                      committed: formatMoney(report.totals.committed.total.amount, report.currency, locale),
                      delivered: formatMoney(report.totals.delivered.total.amount, report.currency, locale),
                    })}
                  </p>
                  <ValueChart report={report} view={view} lines={lines} />
                  <ValueTable report={report} view={view} lines={lines} />
                </>
              )}
              <p className="actions">
                <button
                  type="button"
                  disabled={report.months.length === 0}
                  onClick={() =>
                    download(
                      `ramstein-value-over-time-${report.currency}.csv`,
                      toCsv(viewCsvRows(report, lines, names)),
                      'text/csv;charset=utf-8',
                    )
                  }
                >
                  {t('value.csv')}
                </button>
                <a href={valueViewHref(view)} data-testid="value-permalink">
                  {t('value.permalink')}
                </a>
              </p>
              <Rules report={report} />
            </Section>
          );
        }}
      </Await>
    </Layout>
  );
}
