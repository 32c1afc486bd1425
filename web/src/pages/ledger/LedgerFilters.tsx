import { useEffect, useState } from 'react';
import { modes, statuses, type Equipment, type Meeting, type Package, type Page } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { formatDate } from '../../lib/format.ts';
import { useParties } from '../../lib/parties.tsx';
import type { FilterName, LedgerView } from './ledger-query.ts';

type Filters = LedgerView['filters'];

function Field({
  name,
  label,
  children,
}: {
  name: FilterName;
  label: MessageKey;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <label className="field" htmlFor={`filter-${name}`}>
      <span>{t(label)}</span>
      {children}
    </label>
  );
}

/** The filter form; applied on submit so that typing does not fire a request per key. */
export function LedgerFilters({
  filters,
  onApply,
}: {
  filters: Filters;
  onApply: (filters: Filters) => void;
}) {
  const { t, locale } = useI18n();
  const { list, name } = useParties();
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const equipment = useApi<Page<Equipment>>('/api/v1/equipment?limit=1000');
  const meetings = useApi<Page<Meeting>>('/api/v1/meetings?limit=1000');
  const packages = useApi<Page<Package>>('/api/v1/packages?limit=1000');
  const states = list.filter((p) => p.kind === 'state');
  const categories =
    equipment.state === 'ready' ? [...new Set(equipment.data.items.map((e) => e.category))].sort() : [];

  const set = (key: FilterName) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [key]: event.target.value || undefined }));
  const value = (key: FilterName) => draft[key] ?? '';

  return (
    <form
      className="filters card"
      role="search"
      aria-label={t('ledger.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <Field name="donor" label="field.donor">
        <select id="filter-donor" value={value('donor')} onChange={set('donor')}>
          <option value="">{t('field.any')}</option>
          {states.map((p) => (
            <option key={p.code} value={p.code}>
              {name(p.code)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="recipient" label="field.recipient">
        <select id="filter-recipient" value={value('recipient')} onChange={set('recipient')}>
          <option value="">{t('field.any')}</option>
          {states.map((p) => (
            <option key={p.code} value={p.code}>
              {name(p.code)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="mode" label="field.mode">
        <select id="filter-mode" value={value('mode')} onChange={set('mode')}>
          <option value="">{t('field.any')}</option>
          {modes.map((m) => (
            <option key={m} value={m}>
              {t(`mode.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="status" label="field.status">
        <select id="filter-status" value={value('status')} onChange={set('status')}>
          <option value="">{t('field.any')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="equipment" label="field.equipment">
        <select id="filter-equipment" value={value('equipment')} onChange={set('equipment')}>
          <option value="">{t('field.any')}</option>
          {equipment.state === 'ready' &&
            equipment.data.items.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
        </select>
      </Field>
      <Field name="category" label="field.category">
        <select id="filter-category" value={value('category')} onChange={set('category')}>
          <option value="">{t('field.any')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field name="meeting" label="field.meeting">
        <select id="filter-meeting" value={value('meeting')} onChange={set('meeting')}>
          <option value="">{t('field.any')}</option>
          {meetings.state === 'ready' &&
            meetings.data.items.map((m) => (
              <option key={m.id} value={m.id}>
                {formatDate(m.date, locale)} · {m.place ?? m.id}
              </option>
            ))}
        </select>
      </Field>
      <Field name="package" label="field.package">
        <select id="filter-package" value={value('package')} onChange={set('package')}>
          <option value="">{t('field.any')}</option>
          {packages.state === 'ready' &&
            packages.data.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </Field>
      <Field name="from" label="field.from">
        <input id="filter-from" type="date" value={value('from')} onChange={set('from')} />
      </Field>
      <Field name="to" label="field.to">
        <input id="filter-to" type="date" value={value('to')} onChange={set('to')} />
      </Field>
      <div className="actions">
        <button type="submit">{t('action.apply')}</button>
        <button type="button" className="secondary" onClick={() => onApply({})}>
          {t('action.reset')}
        </button>
      </div>
    </form>
  );
}
