/**
 * Input schemas of the interchange sections that are not records of the API's own shape: sources
 * as whole records (metadata, visibility, text), what was recorded at a meeting, and editions of
 * external data sets with their figures.
 */
import * as z from 'zod';
import { attendanceEntry } from '../briefing/record-meeting.ts';
import { isoDate, partyCode, recordId, sourceUrl, visibility } from '../ledger/fields.ts';

const text = (max: number) => z.string().max(max).nullable().optional();

export const sourceRecordInput = z
  .object({
    id: recordId,
    url: sourceUrl.nullable().optional(),
    publisher: text(200),
    language: text(8),
    published_on: isoDate.nullable().optional(),
    title: text(500),
    visibility: visibility.optional(),
    owner_party: partyCode.nullable().optional(),
    text: z
      .string()
      .min(1)
      .max(10 * 1024 * 1024)
      .nullable()
      .optional()
      .describe('The stored text (`--with-texts`)'),
  })
  .strict();
export type SourceRecordInput = z.infer<typeof sourceRecordInput>;

export const meetingRecordEntry = z
  .object({
    meeting: recordId,
    attendance: z.array(attendanceEntry).max(500).optional(),
    decisions: z.array(z.string().min(1).max(4000)).max(200).optional(),
  })
  .strict();
export type MeetingRecordEntry = z.infer<typeof meetingRecordEntry>;

/** An amount in major units, exact, possibly negative (a publisher's correction). */
const signedAmount = z.string().regex(/^-?\d{1,16}(\.\d{1,4})?$/, 'expected a decimal number');
const eur = z.literal('EUR', { error: 'edition figures are in EUR' });

export const editionInput = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'an edition id such as kiel-ust-r28'),
    dataset: z.string().min(1).max(100),
    publisher: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    release: z.string().min(1).max(50),
    layout: z.string().min(1).max(100),
    cut_off: isoDate.nullable().optional(),
    published_on: isoDate,
    published_basis: z.string().min(1).max(200).optional(),
    attribution: z.string().min(1).max(2000),
    url: sourceUrl.nullable().optional(),
    content_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
    files: z
      .array(
        z
          .object({
            name: z.string().min(1).max(300),
            sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
            row_count: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .max(100),
    figures: z
      .array(
        z
          .object({
            file: z.string().min(1).max(300),
            party: partyCode.nullable().optional(),
            donor_name: text(300),
            period: isoDate.nullable().optional(),
            series: z.string().min(1).max(200),
            amount: signedAmount.nullable().optional(),
            currency: eur.optional(),
            count: z.number().int().nullable().optional(),
            ratio: z
              .string()
              .regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number')
              .nullable()
              .optional(),
            label: text(500),
          })
          .strict()
          .refine(
            (f) => f.amount != null || f.count != null || f.ratio != null,
            'an amount, a count or a ratio',
          ),
      )
      .max(1_000_000),
    activities: z
      .array(
        z
          .object({
            party: partyCode,
            donor_name: z.string().min(1).max(300),
            date: isoDate.nullable().optional(),
            month_index: z.number().int().nullable().optional(),
            aid_type: z.enum(['military', 'financial', 'humanitarian']),
            measure: z.enum(['allocation', 'commitment']),
            amount: signedAmount,
            currency: eur.optional(),
          })
          .strict(),
      )
      .max(1_000_000),
  })
  .strict();
export type EditionInput = z.infer<typeof editionInput>;
