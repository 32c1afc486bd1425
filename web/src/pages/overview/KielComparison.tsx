/** The overview's line on the Kiel release it is compared with, and the headline difference. */
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatMoneyShort, minorToAmount } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { reconciliationHref } from '../trackers/editions.ts';
import { kielLatestQuery } from './overview-reads.ts';

export function KielComparison() {
  const { t, locale } = useI18n();
  // Nothing to compare with until a Kiel release is imported (the address answers 404 then).
  const report = useApi('/api/v1/editions/latest/reconciliation', kielLatestQuery);
  if (report.state !== 'ready') return null;
  const { totals, edition, cut_off: cutOff } = report.data;
  const eur = (minor: string) => formatMoneyShort(minorToAmount(minor), 'EUR', locale);
  const difference = (
    BigInt(totals.ledger_committed_minor) - BigInt(totals.edition_committed_minor)
  ).toString();
  return (
    <p className="kiel-comparison" data-testid="kiel-comparison">
      {t('overview.kiel', {
        release: edition.release,
        date: cutOff ? formatDate(cutOff, locale) : '—',
        ledger: eur(totals.ledger_committed_minor),
        edition: eur(totals.edition_committed_minor),
        difference: eur(difference),
      })}{' '}
      <Link href={reconciliationHref(edition.id)}>{t('overview.kielLink')}</Link> ·{' '}
      <Link href="/trackers">{t('nav.trackers')}</Link>
      <span className="attribution"> ({edition.attribution})</span>
    </p>
  );
}
