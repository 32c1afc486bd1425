import { useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import { eventKinds, statuses, type Commitment, type EventKind, type Status } from '../../api/types.ts';
import { FormErrors } from '../../components/FormErrors.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a pipeline step (POST /api/v1/commitments/{id}/events) against the version on screen. */
export function EventForm({ commitment, onRecorded }: { commitment: Commitment; onRecorded: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<EventKind>('delivery');
  const [status, setStatus] = useState<Status>('delivering');
  const [date, setDate] = useState(today);
  const [line, setLine] = useState(String(commitment.items[0]?.line ?? ''));
  const [quantity, setQuantity] = useState('');
  const [until, setUntil] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await write(
        api.POST('/api/v1/commitments/{id}/events', {
          params: { path: { id: commitment.id } },
          body: {
            version: commitment.version,
            kind,
            date,
            status: kind === 'status' ? status : undefined,
            line: kind === 'delivery' && line ? Number(line) : undefined,
            quantity: kind === 'delivery' && quantity ? Number(quantity) : undefined,
            until: kind === 'suspension' && until ? until : undefined,
            source: source || undefined,
            note: note || undefined,
          },
        }),
      );
      setQuantity('');
      setNote('');
      onRecorded();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={t('event.form')} data-testid="event-form">
      <div className="form-grid">
        <label className="field">
          <span>{t('field.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {eventKinds.map((k) => (
              <option key={k} value={k}>
                {t(`event.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('field.date')}</span>
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        {kind === 'status' && (
          <label className="field">
            <span>{t('field.status')}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as Status)}>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'delivery' && commitment.items.length > 0 && (
          <label className="field">
            <span>{t('field.line')}</span>
            <select value={line} onChange={(e) => setLine(e.target.value)}>
              {commitment.items.map((l) => (
                <option key={l.line} value={l.line}>
                  {l.line} · {l.equipment ?? l.category}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'delivery' && (
          <label className="field">
            <span>{t('field.quantity')}</span>
            <input
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          </label>
        )}
        {kind === 'suspension' && (
          <label className="field">
            <span>{t('event.until')}</span>
            <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
          </label>
        )}
        <label className="field">
          <span>{t('field.source')}</span>
          <input
            type="url"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            placeholder="https://"
          />
        </label>
        <label className="field">
          <span>{t('field.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <FormErrors error={error} onReload={onRecorded} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('event.record')}
        </button>
      </div>
    </form>
  );
}
