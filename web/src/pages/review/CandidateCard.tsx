import { useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import { modes, type Candidate } from '../../api/types.ts';
import { FormErrors } from '../../components/FormErrors.tsx';
import { useSession } from '../../auth/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { FactSummary } from './FactSummary.tsx';

type Action = 'none' | 'edit' | 'merge' | 'reject';

/** One queued fact with its evidence, and the decisions: accept, edit then accept, merge, reject. */
export function CandidateCard({ candidate, onDecided }: { candidate: Candidate; onDecided: () => void }) {
  const { t, locale } = useI18n();
  const { fact } = candidate;
  // Accepting or merging writes the ledger: analysts queue and reject, coordinators decide.
  const { can } = useSession();
  const [action, setAction] = useState<Action>('none');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [donor, setDonor] = useState(fact.donor ?? '');
  const [recipient, setRecipient] = useState(fact.recipient ?? 'UA');
  const [mode, setMode] = useState(fact.mode ?? '');
  const [amount, setAmount] = useState(
    fact.money?.amount !== null && fact.money?.amount !== undefined ? String(fact.money.amount) : '',
  );
  const [currency, setCurrency] = useState(fact.money?.currency ?? 'EUR');
  const [commitment, setCommitment] = useState(candidate.proposed_merge ?? '');
  const [reason, setReason] = useState('');
  const path = { path: { id: candidate.id } };

  const decide = async (decision: () => Promise<{ response: Response }>) => {
    setBusy(true);
    setError(null);
    try {
      await write(decision());
      onDecided();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  const edits = () => {
    const changed: Record<string, unknown> = {};
    if (donor !== (fact.donor ?? '')) changed.donor = donor;
    if (recipient !== (fact.recipient ?? 'UA') || !fact.recipient) changed.recipient = recipient;
    if (mode !== (fact.mode ?? '')) changed.mode = mode || null;
    const original =
      fact.money?.amount !== null && fact.money?.amount !== undefined ? String(fact.money.amount) : '';
    if (amount !== original || currency !== (fact.money?.currency ?? 'EUR'))
      changed.money = amount ? { amount, currency, qualifier: fact.money?.qualifier ?? 'exact' } : null;
    return changed;
  };

  const id = (name: string) => `${candidate.id}-${name}`;
  return (
    <li className="card" data-testid="candidate" data-candidate={candidate.id}>
      <FactSummary fact={fact} />
      <p className="muted" data-testid="candidate-why">
        {t('review.confidence', { value: formatNumber(candidate.confidence, locale) })}
        {candidate.cue && <> · {t('review.cue', { cue: candidate.cue })}</>}
      </p>
      {candidate.evidence_text && (
        <blockquote>
          <mark>{candidate.evidence_text}</mark>
        </blockquote>
      )}
      {candidate.proposed_merge && (
        <p className="muted">
          {t('review.proposedMerge')}{' '}
          <Link href={`/commitments/${encodeURIComponent(candidate.proposed_merge)}`}>
            {candidate.proposed_merge}
          </Link>
        </p>
      )}
      {candidate.conflicts.length > 0 && (
        <p>
          <span className="badge badge-conflict">
            {t('review.conflicts', { count: candidate.conflicts.length })}
          </span>
        </p>
      )}
      {action === 'edit' && (
        <div className="form-grid">
          <label className="field" htmlFor={id('donor')}>
            <span>{t('field.donor')}</span>
            <input id={id('donor')} value={donor} onChange={(e) => setDonor(e.target.value.toUpperCase())} />
          </label>
          <label className="field" htmlFor={id('recipient')}>
            <span>{t('field.recipient')}</span>
            <input
              id={id('recipient')}
              value={recipient}
              onChange={(e) => setRecipient(e.target.value.toUpperCase())}
            />
          </label>
          <label className="field" htmlFor={id('mode')}>
            <span>{t('field.mode')}</span>
            <select id={id('mode')} value={mode} onChange={(e) => setMode(e.target.value)}>
              <option value="">{t('mode.unknown')}</option>
              {modes.map((m) => (
                <option key={m} value={m}>
                  {t(`mode.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={id('amount')}>
            <span>{t('field.amount')}</span>
            <input
              id={id('amount')}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          </label>
          <label className="field" htmlFor={id('currency')}>
            <span>{t('field.currency')}</span>
            <input
              id={id('currency')}
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </label>
        </div>
      )}
      {action === 'merge' && (
        <label className="field" htmlFor={id('merge')}>
          <span>{t('review.mergeInto')}</span>
          <input id={id('merge')} value={commitment} onChange={(e) => setCommitment(e.target.value)} />
        </label>
      )}
      {action === 'reject' && (
        <label className="field" htmlFor={id('reason')}>
          <span>{t('review.reason')}</span>
          <input id={id('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <FormErrors error={error} />
      {candidate.status !== 'pending' ? (
        // A decided fact is history: it can no longer be accepted, merged or rejected.
        <p className="muted" data-testid="decision">
          {t('review.decided', {
            status: t(`review.status.${candidate.status as 'accepted' | 'merged' | 'rejected'}`),
            by: candidate.decided_by ?? '?',
          })}
          {candidate.result ? ` (${candidate.result})` : ''}
          {candidate.decision_note ? `${t('punct.colon')}${candidate.decision_note}` : ''}
        </p>
      ) : (
        <div className="actions">
          {action === 'none' && (
            <>
              {can.review ? (
                <>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      decide(() => api.POST('/api/v1/review/{id}/accept', { params: path, body: {} }))
                    }
                  >
                    {t('review.accept')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setAction('edit')}>
                    {t('action.edit')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setAction('merge')}>
                    {t('review.merge')}
                  </button>
                </>
              ) : (
                <span className="muted">{t('review.coordinatorDecides')}</span>
              )}
              <button type="button" className="secondary" onClick={() => setAction('reject')}>
                {t('review.reject')}
              </button>
            </>
          )}
          {action === 'edit' && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                decide(() =>
                  api.POST('/api/v1/review/{id}/accept', { params: path, body: { edits: edits() } }),
                )
              }
            >
              {t('review.acceptEdited')}
            </button>
          )}
          {action === 'merge' && (
            <button
              type="button"
              disabled={busy || !commitment}
              onClick={() =>
                decide(() => api.POST('/api/v1/review/{id}/merge', { params: path, body: { commitment } }))
              }
            >
              {t('review.merge')}
            </button>
          )}
          {action === 'reject' && (
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() =>
                decide(() =>
                  api.POST('/api/v1/review/{id}/reject', { params: path, body: { reason: reason || null } }),
                )
              }
            >
              {t('review.reject')}
            </button>
          )}
          {action !== 'none' && (
            <button type="button" className="secondary" onClick={() => setAction('none')}>
              {t('action.cancel')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
