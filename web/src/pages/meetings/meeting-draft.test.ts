import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../api/types.ts';
import { en } from '../../i18n/messages.en.ts';
import { fr } from '../../i18n/messages.fr.ts';
import { draftOfMeeting, emptyMeetingDraft, meetingBody, meetingErrors } from './meeting-draft.ts';

const saved = {
  id: 'udcg-40',
  kind: 'udcg',
  number: 40,
  status: 'held',
  date: '2026-05-14',
  end_date: null,
  place: 'Vilnius',
  country: 'LT',
  format: 'in_person',
  chairs: ['GB', 'DE'],
  parties: ['UA', 'PL'],
  participants_count: 50,
  participants_qualifier: null,
  substitutions: [],
  notes: 'A note kept as it was.',
  sources: [],
  confidence: null,
  visibility: 'public',
  owner_party: null,
  version: 3,
} as unknown as Meeting;

describe('meeting form', () => {
  it('says what is wrong before sending, in English and in French', () => {
    const draft = {
      ...emptyMeetingDraft(''),
      date: '2026-05-14',
      end_date: '2026-05-13',
      number: '0',
      chairs: ['DE', 'DE'],
      substitutions: [{ party: 'US', attended_by: ' ', expected_role: 'Secretary of Defense' }],
      source: 'not a link',
    };
    const errors = meetingErrors(draft);
    expect(errors).toEqual({
      end_date: 'meetingForm.error.endBeforeStart',
      number: 'meetingForm.error.number',
      chairs: 'meetingForm.error.chairTwice',
      'substitutions.0.attended_by': 'meetingForm.error.substituteWho',
      source: 'meetingForm.error.url',
    });
    expect(en[errors.end_date!]).toBe('The last day cannot come before the first.');
    expect(fr[errors.end_date!]).toBe('Le dernier jour ne peut précéder le premier.');
    expect(meetingErrors(emptyMeetingDraft('')).date).toBe('meetingForm.error.date');
    expect(meetingErrors({ ...emptyMeetingDraft(''), date: '2026-05-14' }).chairs).toBe(
      'meetingForm.error.chairNeeded',
    );
    expect(meetingErrors(draftOfMeeting(saved))).toEqual({});
  });

  it('creates with every field, and changes only what the form changed', () => {
    const created = meetingBody(
      {
        ...emptyMeetingDraft('DE'),
        date: '2026-05-14',
        number: '40',
        chairs: ['DE', ''],
        source: 'https://a.example/x',
      },
      null,
    );
    expect(created).toMatchObject({
      kind: 'udcg',
      number: 40,
      chairs: ['DE'],
      owner_party: 'DE',
      place: null,
      sources: ['https://a.example/x'],
    });
    const before = draftOfMeeting(saved);
    const after = {
      ...before,
      substitutions: [
        { party: 'US', attended_by: 'Ambassador Whitaker', expected_role: 'Secretary of Defense' },
      ],
    };
    expect(meetingBody(after, before)).toEqual({
      substitutions: [
        { party: 'US', attended_by: 'Ambassador Whitaker', expected_role: 'Secretary of Defense' },
      ],
    });
    expect(meetingBody(before, before)).toEqual({});
  });
});
