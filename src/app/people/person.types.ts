/** Officials: one record per holding of an office (defence ministers, NATO secretaries general…). */
import * as z from 'zod';
import { isoDate, partyCode, recordCommon, recordId } from '../ledger/fields.ts';
import { citedFields, patchOf, storedFields } from '../ledger/stored-records.ts';

const fields = {
  given_name: z.string().min(1).max(100),
  family_name: z.string().min(1).max(100),
  aliases: z.array(z.string().min(1).max(200)).max(20).optional(),
  role: z.string().regex(/^[a-z][a-z_]{1,63}$/, 'a role such as defence_minister'),
  title: z.string().min(1).max(200),
  party: partyCode,
  from: isoDate,
  to: isoDate.nullable().optional(),
  notes: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

export const personInput = z
  .object({ id: recordId.optional(), ...fields })
  .strict()
  .refine((p) => !p.to || p.to >= p.from, { message: 'ends after it starts', path: ['to'] });
export type PersonInput = z.infer<typeof personInput>;

export const personPatch = patchOf(fields);
export type PersonPatch = z.infer<typeof personPatch>;

export const personOutput = z
  .object({
    id: z.string(),
    given_name: z.string(),
    family_name: z.string(),
    aliases: z.array(z.string()),
    role: z.string(),
    title: z.string(),
    party: z.string(),
    from: z.string(),
    to: z.string().nullable(),
    notes: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Person' });
export type PersonOutput = z.infer<typeof personOutput>;
