/** A pledge announced at a meeting: recorded as a commitment linked to it, in one audited write. */
import { useState } from 'react';
import { ApiError, answer, api, write } from '../../api/client.ts';
import { modes, type Meeting } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../auth/session.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { StateOptions } from '../../lib/parties.tsx';
import { navigate } from '../../lib/router.tsx';
import { bodyOf, emptyDraft, type CommitmentDraft } from '../commitment/commitment-draft.ts';
import { LineFields } from '../commitment/LineFields.tsx';
import './meetings.css';

/** What the server would refuse, said before sending. */
export function announcementErrors(d: CommitmentDraft): MessageKey[] {
  const errors: MessageKey[] = [];
  if (!d.donor) errors.push('announceForm.error.donor');
  const lines = d.lines.filter((l) => l.equipment || l.category || l.quantity);
  if (!lines.length && !d.amount) errors.push('announceForm.error.what');
  if (lines.some((l) => !l.equipment && !l.category.trim())) errors.push('announceForm.error.lineWhat');
  if (d.amount && !/^[0-9 ]+([.,][0-9]{1,4})?$/.test(d.amount)) errors.push('announceForm.error.amount');
  if (d.amount && !/^[A-Za-z]{3}$/.test(d.currency)) errors.push('announceForm.error.currency');
  return errors;
}

export function AnnouncementForm({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { me } = useSession();
  const equipment = useApi('/api/v1/equipment', { query: { limit: 1000 } });
  const boundParty = me.role === 'representative' ? me.party : null;
  const [draft, setDraft] = useState<CommitmentDraft>(() => ({
    ...emptyDraft(boundParty ?? ''),
    announced_on: meeting.date,
  }));
  const [errors, setErrors] = useState<MessageKey[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set =
    (key: 'donor' | 'mode' | 'amount' | 'currency' | 'note') =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = announcementErrors(draft);
    setErrors(found);
    setError(null);
    if (found.length) return;
    setBusy(true);
    try {
      const path = { id: meeting.id };
      // The record's version, read just before writing: the server refuses the write if it moved.
      const { record } = await answer(api.GET('/api/v1/meetings/{id}/record', { params: { path } }));
      await write(
        api.PUT('/api/v1/meetings/{id}/record', {
          params: { path },
          body: { version: record.version, announcements: [bodyOf(draft, null) as never] },
        }),
      );
      navigate(`/meetings/${encodeURIComponent(meeting.id)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card meeting-form" onSubmit={submit} noValidate aria-label={t('announceForm.title')}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="announce-donor">{t('field.donor')}</label>
          <select id="announce-donor" value={draft.donor} onChange={set('donor')} disabled={!!boundParty}>
            <option value="">—</option>
            <StateOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor="announce-mode">{t('field.mode')}</label>
          <select id="announce-mode" value={draft.mode} onChange={set('mode')}>
            <option value="">{t('mode.unknown')}</option>
            {modes.map((m) => (
              <option key={m} value={m}>
                {t(`mode.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="announce-amount">{t('field.amount')}</label>
          <input id="announce-amount" inputMode="decimal" value={draft.amount} onChange={set('amount')} />
        </div>
        <div className="field">
          <label htmlFor="announce-currency">{t('field.currency')}</label>
          <input id="announce-currency" maxLength={3} value={draft.currency} onChange={set('currency')} />
        </div>
      </div>
      <LineFields
        lines={draft.lines}
        equipment={equipment.state === 'ready' ? equipment.data.items : []}
        onChange={(lines) => setDraft((d) => ({ ...d, lines }))}
      />
      <div className="field">
        <label htmlFor="announce-note">{t('field.note')}</label>
        <textarea id="announce-note" rows={2} value={draft.note} onChange={set('note')} />
      </div>
      {errors.length > 0 && (
        <div className="state-error" role="alert">
          <ul>
            {errors.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </div>
      )}
      <FormErrors error={error} onReload={() => window.location.reload()} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('announceForm.submit')}
        </button>
        <button type="button" className="secondary" onClick={() => history.back()}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
