/**
 * Policy events: a donor suspending its aid for a period, an ultimatum whose due date follows
 * from its announcement ("in 50 days"), a change of the group's chairs. A suspension is also
 * written as suspension events on the donor's open commitments, so that the pipeline (and every
 * report derived from it) shows them suspended for that period; `applied_to` lists them.
 */
import * as z from 'zod';
import { isoDate, partyCode, recordCommon, recordId } from '../ledger/fields.ts';
import { citedFields, patchOf, storedFields } from '../ledger/stored-records.ts';

export const policyEventKinds = ['suspension', 'ultimatum', 'leadership', 'deadline'] as const;

const fields = {
  kind: z.enum(policyEventKinds),
  party: partyCode,
  target_party: partyCode.nullable().optional(),
  title: z.string().min(1).max(300),
  announced_on: isoDate,
  starts_on: isoDate.nullable().optional(),
  ends_on: isoDate.nullable().optional(),
  due_in_days: z.number().int().nonnegative().max(3650).nullable().optional(),
  due_on: isoDate.nullable().optional(),
  chairs: z.array(partyCode).max(10).optional(),
  meeting: recordId.nullable().optional(),
  notes: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

export const policyEventInput = z.object({ id: recordId.optional(), ...fields }).strict();
export type PolicyEventInput = z.infer<typeof policyEventInput>;

export const policyEventPatch = patchOf(fields);
export type PolicyEventPatch = z.infer<typeof policyEventPatch>;

export const policyEventOutput = z
  .object({
    id: z.string(),
    kind: z.enum(policyEventKinds),
    party: z.string(),
    target_party: z.string().nullable(),
    title: z.string(),
    announced_on: z.string(),
    starts_on: z.string().nullable(),
    ends_on: z.string().nullable(),
    due_in_days: z.number().int().nullable(),
    due_on: z.string().nullable().describe('Announcement date + due_in_days, or as given'),
    chairs: z.array(z.string()),
    meeting: z.string().nullable(),
    notes: z.string().nullable(),
    applied_to: z
      .array(z.object({ commitment: z.string(), seq: z.number().int() }))
      .describe('Suspension events this event wrote on commitments'),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'PolicyEvent' });
export type PolicyEventOutput = z.infer<typeof policyEventOutput>;
