/** Meetings: contact-group sessions, summits, ministerials, bilaterals, conferences. */
import * as z from 'zod';
import { meetingFormats, meetingKinds, meetingStatuses } from '../../domain/ledger/vocabulary.ts';
import { isoDate, partyCode, qualifier, recordCommon, recordId } from '../ledger/fields.ts';
import { citedFields, patchOf, storedFields } from '../ledger/stored-records.ts';

const substitution = z
  .object({
    party: partyCode,
    expected_role: z.string().max(300).nullable().optional(),
    attended_by: z.string().max(500).nullable().optional(),
  })
  .strict();

const fields = {
  kind: z.enum(meetingKinds),
  number: z.number().int().positive().nullable().optional(),
  status: z.enum(meetingStatuses).optional(),
  date: isoDate,
  end_date: isoDate.nullable().optional(),
  place: z.string().max(300).nullable().optional(),
  country: partyCode.nullable().optional(),
  format: z.enum(meetingFormats).nullable().optional(),
  chairs: z.array(partyCode).max(20).optional(),
  parties: z.array(partyCode).max(200).optional(),
  participants_count: z.number().int().nonnegative().nullable().optional(),
  participants_qualifier: qualifier.nullable().optional(),
  substitutions: z.array(substitution).max(100).optional(),
  notes: z.string().max(20_000).nullable().optional(),
  ...recordCommon,
};

export const meetingInput = z.object({ id: recordId.optional(), ...fields }).strict();
export type MeetingInput = z.infer<typeof meetingInput>;

export const meetingPatch = patchOf(fields);
export type MeetingPatch = z.infer<typeof meetingPatch>;

export const meetingOutput = z
  .object({
    id: z.string(),
    kind: z.enum(meetingKinds),
    number: z.number().int().nullable(),
    status: z.enum(meetingStatuses),
    date: z.string(),
    end_date: z.string().nullable(),
    place: z.string().nullable(),
    country: z.string().nullable(),
    format: z.enum(meetingFormats).nullable(),
    chairs: z.array(z.string()),
    parties: z.array(z.string()),
    participants_count: z.number().int().nullable(),
    participants_qualifier: qualifier.nullable(),
    substitutions: z.array(
      z.object({
        party: z.string(),
        expected_role: z.string().nullable().optional(),
        attended_by: z.string().nullable().optional(),
      }),
    ),
    notes: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Meeting' });
export type MeetingOutput = z.infer<typeof meetingOutput>;
