/** Two releases of one tracker to compare: earlier and later, opening their diff. */
import { useState } from 'react';
import type { Edition } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { diffHref } from './editions.ts';

export function CompareForm({ releases, from, to }: { releases: Edition[]; from?: string; to?: string }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState({
    from: from ?? releases.at(-2)?.id ?? '',
    to: to ?? releases.at(-1)?.id ?? '',
  });
  if (releases.length < 2) return <p className="muted">{t('trackers.compareNeedTwo')}</p>;
  const same = chosen.from === chosen.to;
  const option = (e: Edition) => (
    <option key={e.id} value={e.id}>
      {t('trackers.release', { release: e.release })}
    </option>
  );
  return (
    <form
      className="compare-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!same) navigate(diffHref(chosen.from, chosen.to));
      }}
    >
      <label>
        {t('trackers.compareFrom')}
        <select value={chosen.from} onChange={(e) => setChosen({ ...chosen, from: e.target.value })}>
          {releases.map(option)}
        </select>
      </label>
      <label>
        {t('trackers.compareTo')}
        <select value={chosen.to} onChange={(e) => setChosen({ ...chosen, to: e.target.value })}>
          {releases.map(option)}
        </select>
      </label>
      <button type="submit" disabled={same} aria-describedby={same ? 'compare-same' : undefined}>
        {t('trackers.compareGo')}
      </button>
      {same && (
        <p id="compare-same" className="muted" role="status">
          {t('trackers.compareSame')}
        </p>
      )}
    </form>
  );
}
