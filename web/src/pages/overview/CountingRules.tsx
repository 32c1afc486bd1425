import type { BurdenReport } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The report's own counting rules and notes, shown beside the figures they govern. */
export function CountingRules({ report }: { report: BurdenReport }) {
  const { t } = useI18n();
  const { counts } = report.totals;
  return (
    <aside className="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('overview.rules')}</h2>
      <ul>
        {report.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p className="muted">
        {t('overview.counts', {
          recorded: counts.recorded,
          estimated: counts.estimated,
          vague: counts.vague,
          unvalued: counts.unvalued,
        })}
      </p>
      {report.notes.length > 0 && (
        <ul className="notes">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
