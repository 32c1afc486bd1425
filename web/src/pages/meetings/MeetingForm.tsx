/** Create or change a meeting: date and place, chairs, attending nations, substitutes. */
import { useState } from 'react';
import { ApiError, api, write } from '../../api/client.ts';
import { visibilities, type Meeting } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { FormEnd } from '../../components/FormErrors.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.en.ts';
import { useParties } from '../../lib/parties.tsx';
import { navigate } from '../../lib/router.tsx';
import './meetings.css';
import {
  draftOfMeeting,
  emptyMeetingDraft,
  emptySubstitution,
  meetingBody,
  meetingErrors,
  meetingFormats,
  meetingKinds,
  meetingStatuses,
  type MeetingDraft,
  type MeetingErrors,
  type SubstitutionDraft,
} from './meeting-draft.ts';

type TextKey = Exclude<keyof MeetingDraft, 'chairs' | 'parties' | 'substitutions'>;

/** A labelled control with its own error, linked by aria-describedby. */
function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error: MessageKey | undefined;
  children: (describedBy: string | undefined) => React.ReactNode;
}) {
  const { t } = useI18n();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(error ? errorId : undefined)}
      {error && (
        <span className="field-error" id={errorId}>
          {t(error)}
        </span>
      )}
    </div>
  );
}

export function MeetingForm({ meeting }: { meeting: Meeting | null }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const { list, name } = useParties();
  const boundParty = me.role === 'representative' ? me.party : null;
  const [initial] = useState(() => (meeting ? draftOfMeeting(meeting) : emptyMeetingDraft(boundParty ?? '')));
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const [errors, setErrors] = useState<MeetingErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // By name in the reader's language: organisations (NATO, EU) chair and attend too.
  const parties = list
    .filter((p) => p.kind === 'state' || p.kind === 'organisation')
    .sort((a, b) => name(a.code).localeCompare(name(b.code), locale));
  const states = parties.filter((p) => p.kind === 'state');

  const set =
    (key: TextKey) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setDraft((d) => ({ ...d, [key]: e.target.value }));
  const setChair = (i: number, code: string) =>
    setDraft((d) => ({ ...d, chairs: d.chairs.map((c, j) => (j === i ? code : c)) }));
  const setSubstitution = (i: number, change: Partial<SubstitutionDraft>) =>
    setDraft((d) => ({
      ...d,
      substitutions: d.substitutions.map((s, j) => (j === i ? { ...s, ...change } : s)),
    }));
  const toggleParty = (code: string, on: boolean) =>
    setDraft((d) => ({
      ...d,
      parties: on ? [...d.parties, code] : d.parties.filter((p) => p !== code),
    }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = meetingErrors(draft);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const saved = meeting
        ? await write(
            api.PATCH('/api/v1/meetings/{id}', {
              params: { path: { id: meeting.id } },
              body: { version: meeting.version, ...meetingBody(draft, initial) },
            }),
          )
        : await write(api.POST('/api/v1/meetings', { body: meetingBody(draft, null) as never }));
      navigate(`/meetings/${encodeURIComponent(saved.id)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: TextKey, label: MessageKey, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <Field id={`meeting-${key}`} label={t(label)} error={errors[key]}>
      {(describedBy) => (
        <input
          id={`meeting-${key}`}
          value={draft[key] ?? ''}
          onChange={set(key)}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={describedBy}
          {...props}
        />
      )}
    </Field>
  );
  const choice = (key: TextKey, label: MessageKey, options: [string, string][], disabled = false) => (
    <Field id={`meeting-${key}`} label={t(label)} error={errors[key]}>
      {() => (
        <select id={`meeting-${key}`} value={draft[key] ?? ''} onChange={set(key)} disabled={disabled}>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const partyOptions = (among: typeof list): [string, string][] => [
    ['', '—'],
    ...among.map((p): [string, string] => [p.code, name(p.code)]),
  ];

  return (
    <form
      className="card meeting-form"
      onSubmit={submit}
      noValidate
      aria-label={meeting ? t('meetingForm.edit') : t('meetingForm.new')}
    >
      <div className="form-grid">
        {choice(
          'kind',
          'field.kind',
          meetingKinds.map((k) => [k, t(`meetingKind.${k}`)]),
        )}
        {text('number', 'meetingForm.number', { inputMode: 'numeric' })}
        {choice(
          'status',
          'field.status',
          meetingStatuses.map((s) => [s, t(`meetingStatus.${s}`)]),
        )}
        {text('date', 'field.date', { type: 'date', required: true })}
        {text('end_date', 'meetingForm.endDate', { type: 'date' })}
        {text('place', 'meetings.place', { maxLength: 300 })}
        {choice('country', 'meetingForm.country', partyOptions(states))}
        {choice('format', 'meetings.format', [
          ['', '—'],
          ...meetingFormats.map((f): [string, string] => [f, t(`meetingFormat.${f}`)]),
        ])}
        {text('participants_count', 'meetingForm.count', { inputMode: 'numeric' })}
        {choice(
          'visibility',
          'field.visibility',
          visibilities.map((v) => [v, t(`visibility.${v}`)]),
        )}
        {choice(
          'owner_party',
          'meetingForm.owner',
          [['', t('meetingForm.ownerNone')], ...partyOptions(states).slice(1)],
          !!boundParty,
        )}
        {!meeting && text('source', 'field.source', { type: 'url', placeholder: 'https://' })}
      </div>

      <fieldset className="meeting-group">
        <legend>{t('meetings.chairs')}</legend>
        {draft.chairs.map((chair, i) => {
          const id = `meeting-chair-${i + 1}`;
          return (
            <div className="actions" key={i}>
              <label className="field" htmlFor={id}>
                <span>{t('meetingForm.chairN', { n: i + 1 })}</span>
                <select
                  id={id}
                  value={chair}
                  onChange={(e) => setChair(i, e.target.value)}
                  aria-describedby={errors.chairs ? 'meeting-chairs-error' : undefined}
                >
                  {partyOptions(parties).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="secondary"
                onClick={() => setDraft((d) => ({ ...d, chairs: d.chairs.filter((_, j) => j !== i) }))}
              >
                {t('meetingForm.removeChair', { n: i + 1 })}
              </button>
            </div>
          );
        })}
        {errors.chairs && (
          <p className="field-error" id="meeting-chairs-error">
            {t(errors.chairs)}
          </p>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => setDraft((d) => ({ ...d, chairs: [...d.chairs, ''] }))}
        >
          {t('meetingForm.addChair')}
        </button>
      </fieldset>

      <fieldset className="meeting-group">
        <legend>{t('meetingForm.attending')}</legend>
        <div className="checkbox-grid">
          {parties.map((p) => (
            <label key={p.code} className="check">
              <input
                type="checkbox"
                checked={draft.parties.includes(p.code)}
                onChange={(e) => toggleParty(p.code, e.target.checked)}
              />{' '}
              {name(p.code)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="meeting-group">
        <legend>{t('meetings.substitutes')}</legend>
        {draft.substitutions.length === 0 && <p className="muted">{t('meetings.noSubstitutes')}</p>}
        {draft.substitutions.map((s, i) => {
          const n = i + 1;
          const id = `meeting-substitute-${n}`;
          const err = (field: keyof SubstitutionDraft) => errors[`substitutions.${i}.${field}`];
          return (
            <div
              className="form-grid line"
              key={i}
              role="group"
              aria-label={t('meetingForm.substituteN', { n })}
            >
              <Field id={`${id}-party`} label={t('meetingForm.substituteParty', { n })} error={err('party')}>
                {(describedBy) => (
                  <select
                    id={`${id}-party`}
                    value={s.party}
                    onChange={(e) => setSubstitution(i, { party: e.target.value })}
                    aria-invalid={err('party') ? true : undefined}
                    aria-describedby={describedBy}
                  >
                    {partyOptions(parties).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={`${id}-who`}
                label={t('meetingForm.substituteWho', { n })}
                error={err('attended_by')}
              >
                {(describedBy) => (
                  <input
                    id={`${id}-who`}
                    maxLength={500}
                    value={s.attended_by}
                    onChange={(e) => setSubstitution(i, { attended_by: e.target.value })}
                    aria-invalid={err('attended_by') ? true : undefined}
                    aria-describedby={describedBy}
                  />
                )}
              </Field>
              <Field id={`${id}-role`} label={t('meetingForm.substituteFor', { n })} error={undefined}>
                {() => (
                  <input
                    id={`${id}-role`}
                    maxLength={300}
                    value={s.expected_role}
                    onChange={(e) => setSubstitution(i, { expected_role: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  setDraft((d) => ({ ...d, substitutions: d.substitutions.filter((_, j) => j !== i) }))
                }
              >
                {t('meetingForm.removeSubstitute', { n })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setDraft((d) => ({ ...d, substitutions: [...d.substitutions, emptySubstitution()] }))
          }
        >
          {t('meetingForm.addSubstitute')}
        </button>
      </fieldset>

      <label className="field" htmlFor="meeting-notes">
        <span>{t('field.note')}</span>
        <textarea id="meeting-notes" rows={3} value={draft.notes} onChange={set('notes')} />
      </label>
      {Object.keys(errors).length > 0 && (
        <p className="state-error" role="alert">
          {t('meetingForm.fix')}
        </p>
      )}
      <FormEnd error={error} disabled={busy} />
    </form>
  );
}
