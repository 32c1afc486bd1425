/** An edition's donor table and its own checks, in EUR billions, with the attribution below. */
import type { EditionView } from '../../api/types.ts';
import { PartyName, Section } from '../../components/common.tsx';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCentsAsBillions } from '../../lib/format.ts';
import { Attribution } from './Attribution.tsx';
import { labelKey } from './labels.ts';

const series = [
  'allocation.military',
  'allocation.financial',
  'allocation.humanitarian',
  'allocation.total',
  'commitment.total',
] as const;

export function Billions({ minor }: { minor: string | null | undefined }) {
  const { locale } = useI18n();
  return minor === null || minor === undefined ? (
    <span className="muted">—</span>
  ) : (
    <>{formatCentsAsBillions(minor, locale)}</>
  );
}

export function SeriesName({ name }: { name: string }) {
  const { t } = useI18n();
  const key = labelKey('series', name);
  return <>{key ? t(key) : name}</>;
}

export function DonorTable({ view }: { view: EditionView }) {
  const { t } = useI18n();
  if (view.donors.length === 0) return <Empty>{t('trackers.noDonorTable')}</Empty>;
  return (
    <div className="table-wrap">
      <table data-testid="donor-table">
        <caption className="visually-hidden">{t('trackers.donorTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trackers.donor')}</th>
            {series.map((s) => (
              <th key={s} scope="col" className="num">
                <SeriesName name={s} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.donors.map((d) => (
            <tr key={d.party_code} data-party={d.party_code}>
              <th scope="row">
                <PartyName code={d.party_code} link />
              </th>
              {series.map((s) => (
                <td key={s} className="num">
                  <Billions minor={d.values[s]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('trackers.allDonors')}</th>
            {series.map((s) => (
              <td key={s} className="num">
                <Billions minor={view.totals[s]} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function EditionChecks({ view }: { view: EditionView }) {
  const { t, locale } = useI18n();
  const { rows_vs_table: rows, months_vs_totals: months, channels } = view.checks;
  if (!rows && !months && !channels) return null;
  const bn = (minor: string | null) => (minor === null ? '—' : formatCentsAsBillions(minor, locale));
  const inTable = rows?.filter((c) => c.status !== 'only_in_rows') ?? [];
  return (
    <Section title={t('trackers.checks')} id="checks">
      <ul className="checks">
        {rows && (
          <li>
            {t('trackers.rowsVsTable', {
              reconciled: inTable.filter((c) => c.status === 'reconciled').length,
              total: inTable.length,
            })}
            <ul>
              {rows
                .filter((c) => c.status === 'unreconciled' || c.status === 'only_in_rows')
                .map((c) => (
                  <li key={c.donor_name} data-testid="unreconciled">
                    {t(c.status === 'unreconciled' ? 'trackers.unreconciled' : 'trackers.onlyInRows', {
                      donor: c.donor_name,
                      rows: bn(c.rows_minor),
                      table: bn(c.table_minor),
                    })}
                  </li>
                ))}
            </ul>
          </li>
        )}
        {months && (
          <li>
            {t('trackers.monthsVsTotals', {
              equal: months.filter((m) => m.difference_minor === '0').length,
              total: months.length,
            })}
          </li>
        )}
        {channels?.map((c) => {
          const key = labelKey('channel', c.channel);
          return (
            <li key={c.channel}>
              {t('trackers.channel', {
                channel: key ? t(key) : c.channel,
                total: bn(c.total_minor),
                years: c.by_year.map((y) => `${y.year}: ${bn(y.amount_minor)}`).join(', '),
              })}
            </li>
          );
        })}
      </ul>
      <Attribution edition={view.edition} />
    </Section>
  );
}
