/** Picks two editions of a list and shows what was added, removed and changed between them. */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import { Await, Empty } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { EditionDiff, Requirement } from './coordination-types.ts';

const shown = (value: unknown): string =>
  value === null || value === undefined || value === '' ? '—' : String(value);

function RequirementItems({ items }: { items: Requirement[] }) {
  const { locale } = useI18n();
  return (
    <ul className="plain-list">
      {items.map((r) => (
        <li key={r.key}>
          {formatNumber(r.priority, locale)}. {r.capability}: {r.equipment ?? r.category}
          {r.quantity !== null && ` × ${formatNumber(r.quantity, locale)}${r.unit ? ` ${r.unit}` : ''}`}
        </li>
      ))}
    </ul>
  );
}

function DiffView({ diff }: { diff: EditionDiff }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div data-testid="requirements-diff">
      <p role="status">
        {t('req.diffSummary', {
          added: n(diff.added.length),
          removed: n(diff.removed.length),
          changed: n(diff.changed.length),
          unchanged: n(diff.unchanged),
        })}
      </p>
      {!diff.added.length && !diff.removed.length && !diff.changed.length && (
        <Empty>{t('req.noChange')}</Empty>
      )}
      {diff.added.length > 0 && (
        <>
          <h3>{t('req.added')}</h3>
          <RequirementItems items={diff.added} />
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h3>{t('req.removed')}</h3>
          <RequirementItems items={diff.removed} />
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h3>{t('req.changed')}</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('req.requirement')}</th>
                  <th scope="col">{t('req.field')}</th>
                  <th scope="col">{t('req.before')}</th>
                  <th scope="col">{t('req.after')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.changed.flatMap((c) =>
                  c.changes.map((change) => (
                    <tr key={`${c.key}-${change.field}`}>
                      <td className="break-anywhere">{c.key}</td>
                      <td>{change.field}</td>
                      <td className="break-anywhere">{shown(change.from)}</td>
                      <td className="break-anywhere">{shown(change.to)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

export function RequirementsDiff({
  list,
  current,
  from,
  to,
  onCompare,
}: {
  list: string;
  current: number;
  from: number | null;
  to: number | null;
  onCompare: (from: number, to: number) => void;
}) {
  const { t, locale } = useI18n();
  const valid = (e: number | null) => (e !== null && e >= 1 && e <= current ? e : null);
  const chosenFrom = valid(from) ?? Math.max(1, current - 1);
  const chosenTo = valid(to) ?? current;
  const [draft, setDraft] = useState({ from: chosenFrom, to: chosenTo });
  useEffect(() => setDraft({ from: chosenFrom, to: chosenTo }), [chosenFrom, chosenTo]);
  const diff = useApi(
    '/api/v1/requirements/{id}/diff',
    current > 1 ? { path: { id: list }, query: { from: chosenFrom, to: chosenTo } } : null,
  );
  if (current <= 1) return <Empty>{t('req.oneEdition')}</Empty>;
  const editions = Array.from({ length: current }, (_, i) => i + 1);
  const picker = (name: 'from' | 'to') => (
    <label className="field" htmlFor={`diff-${name}`}>
      <span>{t(name === 'from' ? 'req.from' : 'req.to')}</span>
      <select
        id={`diff-${name}`}
        value={draft[name]}
        onChange={(e) => setDraft((d) => ({ ...d, [name]: Number(e.target.value) }))}
      >
        {editions.map((e) => (
          <option key={e} value={e}>
            {formatNumber(e, locale)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <form
        className="coord-pickers"
        aria-label={t('req.versions')}
        onSubmit={(e) => {
          e.preventDefault();
          onCompare(draft.from, draft.to);
        }}
      >
        {picker('from')}
        {picker('to')}
        <button type="submit">{t('req.compare')}</button>
      </form>
      <Await loaded={diff}>{(d) => <DiffView diff={d} />}</Await>
    </>
  );
}
