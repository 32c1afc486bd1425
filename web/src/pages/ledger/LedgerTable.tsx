import type { Commitment } from '../../api/types.ts';
import { DateText, MoneyText, PartyName, StatusBadge } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { useTitleWords } from '../../lib/catalogue.tsx';
import { formatMoney } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { lineLabel } from '../../lib/titles.ts';
import type { LedgerView, SortKey } from './ledger-query.ts';

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  className,
}: {
  label: MessageKey;
  sortKey: SortKey;
  sort: LedgerView['sort'];
  onSort?: (key: SortKey) => void;
  className?: string;
}) {
  const { t } = useI18n();
  if (!onSort)
    return (
      <th scope="col" className={className}>
        {t(label)}
      </th>
    );
  const direction = sort === sortKey ? 'ascending' : sort === `-${sortKey}` ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={direction} className={className}>
      <button type="button" className="sort" onClick={() => onSort(sortKey)}>
        {t(label)} {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
      </button>
    </th>
  );
}

/** The value in EUR at the value date, as the list sorts by it; a dash when it cannot be converted. */
function EurText({ amount }: { amount: string | null | undefined }) {
  const { locale } = useI18n();
  if (amount === null || amount === undefined) return <span className="muted">—</span>;
  return <span className="money">{formatMoney(amount, 'EUR', locale)}</span>;
}

export function LedgerTable({
  commitments,
  sort,
  onSort,
  totalEur,
}: {
  commitments: Commitment[];
  sort: LedgerView['sort'];
  /** Without it the table is in a fixed order (a meeting's or a donor's commitments). */
  onSort?: (key: SortKey) => void;
  /** The total of the whole filtered view (every page), shown under the table. */
  totalEur?: { amount: string; unconverted: number };
}) {
  const { t, locale } = useI18n();
  const words = useTitleWords();
  return (
    <div className="table-wrap">
      <table data-testid="ledger-table">
        <caption className="visually-hidden">{t('ledger.caption')}</caption>
        <thead>
          <tr>
            <SortHeader label="field.announced" sortKey="announced_on" sort={sort} onSort={onSort} />
            <SortHeader label="field.donor" sortKey="donor" sort={sort} onSort={onSort} />
            <th scope="col">{t('field.recipient')}</th>
            <th scope="col">{t('field.mode')}</th>
            <th scope="col">{t('field.items')}</th>
            <th scope="col" className="num">
              {t('field.money')}
            </th>
            <SortHeader label="field.valueEur" sortKey="money" sort={sort} onSort={onSort} className="num" />
            <th scope="col">{t('field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => (
            <tr key={c.id} data-commitment={c.id}>
              <td>
                <Link href={`/commitments/${encodeURIComponent(c.id)}`}>
                  <DateText iso={c.announced_on} />
                  <span className="visually-hidden"> {c.id}</span>
                </Link>
              </td>
              <td>
                <PartyName code={c.donor} link />
                {c.visibility === 'restricted' && (
                  <span className="badge badge-restricted"> {t('visibility.restricted')}</span>
                )}
              </td>
              <td>
                <PartyName code={c.recipient} />
              </td>
              <td>{c.mode ? t(`mode.${c.mode}`) : '—'}</td>
              <td>{c.items.length ? c.items.map((line) => lineLabel(line, words)).join(', ') : '—'}</td>
              <td className="num">
                <MoneyText money={c.money} />
              </td>
              <td className="num">
                <EurText amount={c.value_eur} />
              </td>
              <td>
                <StatusBadge status={c.state.status} />
              </td>
            </tr>
          ))}
        </tbody>
        {totalEur && (
          <tfoot>
            <tr data-testid="ledger-total">
              <th scope="row" colSpan={6}>
                {t('ledger.totalEur')}
                {totalEur.unconverted > 0 && (
                  <span className="muted"> {t('ledger.unconverted', { n: totalEur.unconverted })}</span>
                )}
              </th>
              <td className="num">{formatMoney(totalEur.amount, 'EUR', locale)}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
