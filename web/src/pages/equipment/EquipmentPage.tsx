/** Equipment given as aid, by category and catalogue system: committed, delivered, commitments, donors. */
import type { EquipmentReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Layout } from '../../components/Layout.tsx';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { download } from '../../lib/export/download.ts';
import { formatNumber, formatPercent, percentOf } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import { Link, navigate, usePlace } from '../../lib/router.tsx';
import {
  equipmentCsvRows,
  equipmentSorts,
  equipmentViewHref,
  readEquipmentView,
  sortSystems,
  type EquipmentView,
  type SystemRow,
} from './equipment-view.ts';

function useLabels() {
  const { t } = useI18n();
  const category = (c: string) => {
    const key = `category.${c}` as MessageKey;
    const text = t(key);
    return text === undefined ? c.replace(/_/g, ' ') : text;
  };
  const system = (s: SystemRow) => s.name ?? t('equipment.unnamed', { category: category(s.category) });
  return { category, system };
}

function SystemsTable({ systems }: { systems: SystemRow[] }) {
  const { t, locale } = useI18n();
  const { name } = useParties();
  const labels = useLabels();
  return (
    <table className="stack-table" data-testid="equipment-table">
      <thead>
        <tr>
          <th scope="col">{t('equipment.system')}</th>
          <th scope="col" className="num">
            {t('equipment.committed')}
          </th>
          <th scope="col" className="num">
            {t('equipment.delivered')}
          </th>
          <th scope="col" className="num">
            {t('equipment.deliveredPct')}
          </th>
          <th scope="col" className="num">
            {t('equipment.commitments')}
          </th>
          <th scope="col">{t('equipment.donors')}</th>
        </tr>
      </thead>
      <tbody>
        {systems.map((s) => {
          const pct = percentOf(s.delivered, s.committed);
          const notes = [
            s.unquantified ? t('equipment.unquantified', { count: s.unquantified }) : null,
            s.approximate ? t('equipment.approximate', { count: s.approximate }) : null,
            s.cancelled ? t('equipment.cancelled', { count: s.cancelled }) : null,
          ].filter(Boolean);
          const unit = s.unit ? ` ${t(`unit.${s.unit}.other` as MessageKey) ?? s.unit}` : '';
          return (
            <tr key={`${s.category}:${s.equipment ?? ''}`} data-equipment={s.equipment ?? undefined}>
              <th scope="row" data-label={t('equipment.system')}>
                {s.equipment ? (
                  <Link href={`/ledger?equipment=${encodeURIComponent(s.equipment)}`}>
                    {labels.system(s)}
                  </Link>
                ) : (
                  labels.system(s)
                )}
              </th>
              <td className="num" data-label={t('equipment.committed')}>
                <span>
                  {formatNumber(s.committed, locale)}
                  {unit}
                  {notes.length > 0 && <span className="muted small"> ({notes.join(', ')})</span>}
                </span>
              </td>
              <td className="num" data-label={t('equipment.delivered')}>
                {formatNumber(s.delivered, locale)}
              </td>
              <td className="num" data-label={t('equipment.deliveredPct')}>
                {pct === null ? '—' : formatPercent(pct, locale, 0)}
              </td>
              <td className="num" data-label={t('equipment.commitments')}>
                {s.commitments}
              </td>
              <td data-label={t('equipment.donors')}>
                <span className="donor-list">
                  {s.donors.map((d, i) => (
                    <span key={d}>
                      {i > 0 && ', '}
                      <Link href={`/donors/${encodeURIComponent(d)}`}>{name(d)}</Link>
                    </span>
                  ))}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Equipment({ report, view }: { report: EquipmentReport; view: EquipmentView }) {
  const { t } = useI18n();
  const labels = useLabels();
  const categories = report.categories.filter((c) => !view.category || c.category === view.category);
  const shown = sortSystems(
    report.systems.filter((s) => !view.category || s.category === view.category),
    view.sort,
    labels.system,
  );
  if (shown.length === 0) return <Empty>{t('equipment.none')}</Empty>;
  return (
    <>
      {categories
        .sort((a, b) => b.lines - a.lines || a.category.localeCompare(b.category))
        .map((c) => (
          <section className="card" key={c.category} aria-labelledby={`category-${c.category}`}>
            <h2 id={`category-${c.category}`}>{labels.category(c.category)}</h2>
            <p className="muted">
              {t('equipment.summary', { systems: c.systems, lines: c.lines, donors: c.donors.length })}
            </p>
            <SystemsTable systems={shown.filter((s) => s.category === c.category)} />
          </section>
        ))}
      <p className="actions">
        <button
          type="button"
          onClick={() =>
            download(
              `ramstein-equipment${view.category ? `-${view.category}` : ''}.csv`,
              toCsv(equipmentCsvRows(shown, labels.system)),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('equipment.csv')}
        </button>
        <a href={equipmentViewHref(view)} data-testid="equipment-permalink">
          {t('equipment.permalink')}
        </a>
      </p>
    </>
  );
}

export default function EquipmentPage() {
  const { t } = useI18n();
  const { search } = usePlace();
  const view = readEquipmentView(search);
  const report = useApi('/api/v1/reports/equipment');
  const labels = useLabels();
  const change = (patch: Partial<EquipmentView>) =>
    navigate(equipmentViewHref({ ...view, ...patch }), { replace: true });
  const categories = report.state === 'ready' ? report.data.categories.map((c) => c.category).sort() : [];
  return (
    <Layout title={t('equipment.title')}>
      <h1>{t('equipment.title')}</h1>
      <p className="muted">{t('equipment.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field" htmlFor="equipment-category">
          <span>{t('equipment.category')}</span>
          <select
            id="equipment-category"
            value={view.category ?? ''}
            onChange={(e) => change({ category: e.target.value || null })}
          >
            <option value="">{t('equipment.allCategories')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {labels.category(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor="equipment-sort">
          <span>{t('equipment.sort')}</span>
          <select
            id="equipment-sort"
            value={view.sort}
            onChange={(e) => change({ sort: e.target.value as EquipmentView['sort'] })}
          >
            {equipmentSorts.map((s) => (
              <option key={s} value={s}>
                {t(`equipment.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <Await loaded={report}>{(data) => <Equipment report={data} view={view} />}</Await>
    </Layout>
  );
}
