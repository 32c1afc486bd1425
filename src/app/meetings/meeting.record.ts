/** Meetings: contact-group sessions, summits, ministerials, bilaterals, conferences. */
import { z } from 'zod';
import { meetingFormats, meetingKinds, meetingStatuses } from '../../domain/ledger/vocabulary.ts';
import { isoDate, partyCode, qualifier, recordCommon, recordId } from '../ledger/fields.ts';
import { requireParties } from '../ledger/references.ts';
import {
  recordMeta,
  sourcesAsInput,
  type RecordKind,
  type Row,
  citedFields,
  storedFields,
  patchOf,
} from '../records/record-kind.ts';

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

const input = z.object({ id: recordId.optional(), ...fields }).strict();
type MeetingInput = z.infer<typeof input>;

const output = z
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
type MeetingOutput = z.infer<typeof output>;

export const meetingKind: RecordKind<MeetingInput, MeetingOutput> = {
  type: 'meeting',
  table: 'meetings',
  visibility: true,
  input,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
    await requireParties(db, {
      country: [i.country],
      chairs: i.chairs ?? [],
      parties: i.parties ?? [],
      substitutions: (i.substitutions ?? []).map((s) => s.party),
      owner_party: [i.owner_party],
    });
    return {
      kind: i.kind,
      number: i.number ?? null,
      status: i.status ?? 'held',
      date: i.date,
      end_date: i.end_date ?? null,
      place: i.place ?? null,
      country: i.country ?? null,
      format: i.format ?? null,
      chairs: i.chairs ?? [],
      parties: i.parties ?? [],
      participants_count: i.participants_count ?? null,
      participants_qualifier: i.participants_qualifier ?? null,
      substitutions: JSON.stringify(i.substitutions ?? []),
      notes: i.notes ?? null,
      confidence: i.confidence ?? null,
      visibility: i.visibility ?? 'public',
      owner_party: i.owner_party ?? null,
    };
  },
  toInput: ({ version: _v, created_at: _c, updated_at: _u, sources, ...rest }) => ({
    ...rest,
    sources: sourcesAsInput(sources),
  }),
  toView: (row: Row, linked) => ({
    id: row.id,
    kind: row.kind as MeetingOutput['kind'],
    number: row.number as number | null,
    status: row.status as MeetingOutput['status'],
    date: row.date as string,
    end_date: row.end_date as string | null,
    place: row.place as string | null,
    country: row.country as string | null,
    format: row.format as MeetingOutput['format'],
    chairs: row.chairs as string[],
    parties: row.parties as string[],
    participants_count: row.participants_count as number | null,
    participants_qualifier: row.participants_qualifier as MeetingOutput['participants_qualifier'],
    substitutions: row.substitutions as MeetingOutput['substitutions'],
    notes: row.notes as string | null,
    sources: linked,
    confidence: row.confidence as MeetingOutput['confidence'],
    visibility: row.visibility as MeetingOutput['visibility'],
    owner_party: row.owner_party as string | null,
    ...recordMeta(row),
  }),
};
