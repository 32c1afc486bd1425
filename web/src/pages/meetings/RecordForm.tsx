/** What happened at a meeting: who attended for which nation (and for whom they stood in), and the decisions. */
import { useEffect, useState } from 'react';
import { ApiError, answer, api, write } from '../../api/client.ts';
import type { Meeting } from '../../api/types.ts';
import { FormEnd } from '../../components/FormErrors.tsx';
import { Loading } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { StateOptions } from '../../lib/parties.tsx';
import { navigate } from '../../lib/router.tsx';
import './meetings.css';

interface Attendee {
  party: string;
  person: string;
  role: string;
  substitute_for: string;
}

const emptyAttendee = (): Attendee => ({ party: '', person: '', role: '', substitute_for: '' });
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function RecordForm({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const [version, setVersion] = useState<number | null>(null);
  const [attendance, setAttendance] = useState<Attendee[]>([]);
  const [decisions, setDecisions] = useState('');
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const path = { id: meeting.id };

  useEffect(() => {
    let live = true;
    answer(api.GET('/api/v1/meetings/{id}/record', { params: { path: { id: meeting.id } } }))
      .then(({ record }) => {
        if (!live) return;
        setVersion(record.version);
        setAttendance(
          record.attendance.map((a) => ({
            party: a.party,
            person: a.person ?? '',
            role: a.role ?? '',
            substitute_for: a.substitute_for ?? '',
          })),
        );
        setDecisions(record.decisions.join('\n'));
      })
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(0, String(e))));
    return () => {
      live = false;
    };
  }, [meeting.id]);

  const change = (i: number, field: keyof Attendee, value: string) =>
    setAttendance((rows) => rows.map((row, j) => (j === i ? { ...row, [field]: value } : row)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (version === null) return;
    const noParty = attendance.flatMap((a, i) => (a.party ? [] : [i]));
    setMissing(noParty);
    setError(null);
    if (noParty.length) return;
    setBusy(true);
    try {
      await write(
        api.PUT('/api/v1/meetings/{id}/record', {
          params: { path },
          body: {
            version,
            attendance: attendance.map((a) => ({
              party: a.party,
              person: orNull(a.person),
              role: orNull(a.role),
              substitute_for: orNull(a.substitute_for),
            })),
            decisions: decisions
              .split('\n')
              .map((d) => d.trim())
              .filter(Boolean),
          },
        }),
      );
      navigate(`/meetings/${encodeURIComponent(meeting.id)}/brief`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  if (version === null && !error) return <Loading />;
  return (
    <form className="card meeting-form" onSubmit={submit} noValidate aria-label={t('recordForm.title')}>
      <fieldset>
        <legend>{t('recordForm.attendance')}</legend>
        {attendance.length === 0 && <p className="muted">{t('recordForm.noAttendees')}</p>}
        {attendance.map((a, i) => {
          const n = i + 1;
          const id = `record-attendee-${n}`;
          return (
            <div key={i} className="form-grid" role="group" aria-label={t('recordForm.attendeeN', { n })}>
              <div className="field">
                <label htmlFor={`${id}-party`}>{t('recordForm.party', { n })}</label>
                <select
                  id={`${id}-party`}
                  value={a.party}
                  onChange={(e) => change(i, 'party', e.target.value)}
                  aria-invalid={missing.includes(i) || undefined}
                  aria-describedby={missing.includes(i) ? `${id}-party-error` : undefined}
                >
                  <option value="">—</option>
                  <StateOptions />
                </select>
                {missing.includes(i) && (
                  <p className="field-error" id={`${id}-party-error`}>
                    {t('recordForm.error.party')}
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${id}-person`}>{t('recordForm.person', { n })}</label>
                <input
                  id={`${id}-person`}
                  maxLength={200}
                  value={a.person}
                  onChange={(e) => change(i, 'person', e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-role`}>{t('recordForm.role', { n })}</label>
                <input
                  id={`${id}-role`}
                  maxLength={200}
                  value={a.role}
                  onChange={(e) => change(i, 'role', e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-for`}>{t('recordForm.substituteFor', { n })}</label>
                <input
                  id={`${id}-for`}
                  maxLength={200}
                  value={a.substitute_for}
                  onChange={(e) => change(i, 'substitute_for', e.target.value)}
                />
              </div>
              <div className="field">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAttendance((rows) => rows.filter((_, j) => j !== i))}
                >
                  {t('recordForm.remove', { n })}
                </button>
              </div>
            </div>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => setAttendance((rows) => [...rows, emptyAttendee()])}
        >
          {t('recordForm.add')}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor="record-decisions">{t('recordForm.decisions')}</label>
        <textarea
          id="record-decisions"
          rows={4}
          value={decisions}
          onChange={(e) => setDecisions(e.target.value)}
          aria-describedby="record-decisions-hint"
        />
        <p className="muted" id="record-decisions-hint">
          {t('recordForm.decisionsHint')}
        </p>
      </div>
      <FormEnd error={error} disabled={busy || version === null} submitLabel={t('recordForm.submit')} />
    </form>
  );
}
