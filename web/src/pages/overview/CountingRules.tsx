import type { BurdenReport } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReportNotes } from '../../components/ReportNotes.tsx';

/** The report's own counting rules and notes, given by id and worded here, beside the figures they govern. */
export function CountingRules({ report }: { report: BurdenReport }) {
  const { t } = useI18n();
  const { counts } = report.totals;
  return (
    <aside className="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('overview.rules')}</h2>
      <ul>
        {report.rule_ids.map((rule) => (
          <li key={rule}>{t(`rule.${rule}`)}</li>
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
      <ReportNotes notes={report.note_ids} testId="burden-notes" />
    </aside>
  );
}
