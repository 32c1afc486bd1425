import type { CommitmentLine } from '../../api/types.ts';
import { Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { categoryName } from '../../lib/titles.ts';

/** Equipment lines with the quantity pledged and delivered so far. */
export function CommitmentLines({ lines }: { lines: CommitmentLine[] }) {
  const { t, locale } = useI18n();
  if (!lines.length) return <Empty>{t('commitment.noLines')}</Empty>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('field.line')}</th>
            <th scope="col">{t('field.equipment')}</th>
            <th scope="col" className="num">
              {t('field.quantity')}
            </th>
            <th scope="col" className="num">
              {t('field.delivered')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('commitment.progress')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const share = line.quantity
              ? Math.min(100, Math.round((line.delivered / line.quantity) * 100))
              : 0;
            return (
              <tr key={line.line}>
                <td>{line.line}</td>
                <td>
                  {line.equipment ?? (line.category ? categoryName(line.category, { locale, t }) : '—')}
                </td>
                <td className="num">
                  {line.quantity === null
                    ? '—'
                    : `${line.quantity_qualifier && line.quantity_qualifier !== 'exact' ? `${t(`qualifier.${line.quantity_qualifier}`)} ` : ''}${formatNumber(line.quantity, locale)}`}
                </td>
                <td className="num">{formatNumber(line.delivered, locale)}</td>
                <td>
                  <div
                    className="progress"
                    role="progressbar"
                    aria-label={t('commitment.progress')}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={share}
                  >
                    <span style={{ width: `${share}%` }} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
