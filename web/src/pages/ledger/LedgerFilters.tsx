import { useEffect, useState } from 'react';
import { modes, statuses, type Equipment, type Meeting, type Package } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { useParties } from '../../lib/parties.tsx';
import { categoryName, meetingTitle } from '../../lib/titles.ts';
import type { FilterName, LedgerView } from './ledger-query.ts';

type Filters = LedgerView['filters'];
type Option = { value: string; label: string };

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
  const equipment = useApi('/api/v1/equipment', { query: { limit: 1000 } });
  const meetings = useApi('/api/v1/meetings', { query: { limit: 1000 } });
  const packages = useApi('/api/v1/packages', { query: { limit: 1000 } });
  const states = list.filter((p) => p.kind === 'state');
  const categories =
    equipment.state === 'ready' ? [...new Set(equipment.data.items.map((e) => e.category))].sort() : [];

  const set = (key: FilterName) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [key]: event.target.value || undefined }));
  const value = (key: FilterName) => draft[key] ?? '';

  const loaded = <T,>(
    page: { state: string; data?: { items: T[] } },
    option: (item: T) => Option,
  ): Option[] => (page.state === 'ready' && page.data ? page.data.items.map(option) : []);
  const parties = states.map((p) => ({ value: p.code, label: name(p.code) }));
  /** Every choice filter of the form: which filter, its label, and its options. */
  const selects: [FilterName, MessageKey, Option[]][] = [
    ['donor', 'field.donor', parties],
    ['recipient', 'field.recipient', parties],
    ['mode', 'field.mode', modes.map((m) => ({ value: m, label: t(`mode.${m}`) }))],
    ['status', 'field.status', statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))],
    ['equipment', 'field.equipment', loaded(equipment, (e: Equipment) => ({ value: e.id, label: e.name }))],
    [
      'category',
      'field.category',
      categories.map((c) => ({ value: c, label: categoryName(c, { locale, t }) })),
    ],
    [
      'meeting',
      'field.meeting',
      loaded(meetings, (m: Meeting) => ({
        value: m.id,
        label: meetingTitle(m, { locale, t, party: name, equipment: () => undefined }),
      })),
    ],
    ['package', 'field.package', loaded(packages, (p: Package) => ({ value: p.id, label: p.name }))],
  ];

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
      {selects.map(([key, label, options]) => (
        <Field key={key} name={key} label={label}>
          <select id={`filter-${key}`} value={value(key)} onChange={set(key)}>
            <option value="">{t('field.any')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      ))}
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
