/** The meeting form's fields as text, their checks, and the request body they make. */
import type { Meeting, Visibility } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/messages.en.ts';

export const meetingKinds = [
  'udcg',
  'nato_summit',
  'nato_ministerial',
  'bilateral',
  'conference',
] as const satisfies readonly Meeting['kind'][];
export const meetingStatuses = [
  'held',
  'planned',
  'cancelled',
] as const satisfies readonly Meeting['status'][];
export const meetingFormats = ['in_person', 'virtual', 'hybrid'] as const satisfies readonly NonNullable<
  Meeting['format']
>[];

export interface SubstitutionDraft {
  party: string;
  attended_by: string;
  expected_role: string;
}

export interface MeetingDraft {
  kind: Meeting['kind'];
  number: string;
  status: Meeting['status'];
  date: string;
  end_date: string;
  place: string;
  country: string;
  format: Meeting['format'] | '';
  chairs: string[];
  parties: string[];
  participants_count: string;
  substitutions: SubstitutionDraft[];
  notes: string;
  visibility: Visibility;
  owner_party: string;
  source: string;
}

export const emptySubstitution = (): SubstitutionDraft => ({ party: '', attended_by: '', expected_role: '' });

/** A new meeting; a representative's is owned by their nation. */
export function emptyMeetingDraft(owner: string): MeetingDraft {
  return {
    kind: 'udcg',
    number: '',
    status: 'held',
    date: '',
    end_date: '',
    place: '',
    country: '',
    format: '',
    chairs: [''],
    parties: [],
    participants_count: '',
    substitutions: [],
    notes: '',
    visibility: 'public',
    owner_party: owner,
    source: '',
  };
}

export function draftOfMeeting(m: Meeting): MeetingDraft {
  return {
    kind: m.kind,
    number: m.number === null ? '' : String(m.number),
    status: m.status,
    date: m.date,
    end_date: m.end_date ?? '',
    place: m.place ?? '',
    country: m.country ?? '',
    format: m.format ?? '',
    chairs: m.chairs.length ? [...m.chairs] : [''],
    parties: [...m.parties],
    participants_count: m.participants_count === null ? '' : String(m.participants_count),
    substitutions: m.substitutions.map((s) => ({
      party: s.party,
      attended_by: s.attended_by ?? '',
      expected_role: s.expected_role ?? '',
    })),
    notes: m.notes ?? '',
    visibility: m.visibility,
    owner_party: m.owner_party ?? '',
    source: '',
  };
}

/** Field name (`substitutions.1.party` for a row) to the message that says what is wrong. */
export type MeetingErrors = Partial<Record<string, MessageKey>>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const whole = /^\d+$/;

function validUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** What the server would refuse, said before sending, in the reader's language. */
export function meetingErrors(d: MeetingDraft): MeetingErrors {
  const errors: MeetingErrors = {};
  if (!isoDate.test(d.date)) errors.date = 'meetingForm.error.date';
  if (d.end_date && !isoDate.test(d.end_date)) errors.end_date = 'meetingForm.error.date';
  else if (d.end_date && isoDate.test(d.date) && d.end_date < d.date)
    errors.end_date = 'meetingForm.error.endBeforeStart';
  if (d.number && (!whole.test(d.number) || Number(d.number) < 1)) errors.number = 'meetingForm.error.number';
  if (d.participants_count && !whole.test(d.participants_count))
    errors.participants_count = 'meetingForm.error.count';
  const chairs = d.chairs.filter(Boolean);
  if (new Set(chairs).size !== chairs.length) errors.chairs = 'meetingForm.error.chairTwice';
  if (d.kind === 'udcg' && chairs.length === 0) errors.chairs = 'meetingForm.error.chairNeeded';
  d.substitutions.forEach((s, i) => {
    if (!s.party) errors[`substitutions.${i}.party`] = 'meetingForm.error.substituteParty';
    if (!s.attended_by.trim()) errors[`substitutions.${i}.attended_by`] = 'meetingForm.error.substituteWho';
  });
  if (d.source && !validUrl(d.source)) errors.source = 'meetingForm.error.url';
  return errors;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The request body; an update sends only what changed, so that it overwrites nothing it never showed. */
export function meetingBody(d: MeetingDraft, before: MeetingDraft | null): Record<string, unknown> {
  const full: Record<string, unknown> = {
    kind: d.kind,
    number: d.number ? Number(d.number) : null,
    status: d.status,
    date: d.date,
    end_date: d.end_date || null,
    place: orNull(d.place),
    country: d.country || null,
    format: d.format || null,
    chairs: [...new Set(d.chairs.filter(Boolean))],
    parties: d.parties,
    participants_count: d.participants_count ? Number(d.participants_count) : null,
    substitutions: d.substitutions.map((s) => ({
      party: s.party,
      attended_by: s.attended_by.trim(),
      expected_role: orNull(s.expected_role),
    })),
    notes: orNull(d.notes),
    visibility: d.visibility,
    owner_party: d.owner_party || null,
  };
  if (!before) return { ...full, ...(d.source ? { sources: [d.source] } : {}) };
  const was = meetingBody(before, null);
  return Object.fromEntries(
    Object.entries(full).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(was[key])),
  );
}
