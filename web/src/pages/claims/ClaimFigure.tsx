import type { Claim } from '../../api/types.ts';
import { DateText, SourceList } from '../../components/common.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatMoney } from '../../lib/format.ts';

/** One reported figure with who said it, when, its note and confidence, and every source. */
export function ClaimFigure({ claim }: { claim: Claim }) {
  const { t, locale } = useI18n();
  const qualifier =
    claim.qualifier && claim.qualifier !== 'exact' ? `${t(`qualifier.${claim.qualifier}`)} ` : '';
  return (
    <div className="claim">
      <div className="claim-amount">
        {claim.amount && claim.currency
          ? `${qualifier}${formatMoney(claim.amount, claim.currency, locale)}`
          : '—'}
      </div>
      <div className="muted">
        {claim.subject}
        {claim.claimed_by ? ` — ${claim.claimed_by}` : ''}
        {claim.as_of && (
          <>
            {', '}
            <DateText iso={claim.as_of} />
          </>
        )}
      </div>
      {(claim.note || claim.confidence) && (
        <p className="claim-note">
          {claim.confidence && (
            <span className={`badge badge-confidence-${claim.confidence}`}>
              {t('claims.confidenceOf', { value: t(`claims.confidence.${claim.confidence}`) })}
            </span>
          )}{' '}
          {claim.note}
        </p>
      )}
      <SourceList sources={claim.sources} />
    </div>
  );
}
