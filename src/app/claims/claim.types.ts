/** Claims: figures attributed to someone (reported totals), kept even when they disagree. */
import * as z from 'zod';
import {
  isoDate,
  majorAmount,
  moneyAlt,
  moneyAltOutput,
  partyCode,
  qualifier,
  recordCommon,
  recordId,
} from '../ledger/fields.ts';
import { citedFields, patchOf, storedFields } from '../ledger/stored-records.ts';

const fields = {
  subject: z.string().min(1).max(500),
  party: partyCode.nullable().optional(),
  measure: z.string().max(50).nullable().optional(),
  amount: majorAmount.nullable().optional(),
  currency: z.string().length(3).nullable().optional(),
  qualifier: qualifier.nullable().optional(),
  amount_alt: z.array(moneyAlt).max(20).optional(),
  as_of: isoDate.nullable().optional(),
  claimed_by: z.string().max(300).nullable().optional(),
  note: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

export const claimInput = z.object({ id: recordId.optional(), ...fields }).strict();
export type ClaimInput = z.infer<typeof claimInput>;

export const claimPatch = patchOf(fields);
export type ClaimPatch = z.infer<typeof claimPatch>;

export const claimOutput = z
  .object({
    id: z.string(),
    subject: z.string(),
    party: z.string().nullable(),
    measure: z.string().nullable(),
    amount: z.string().nullable(),
    amount_minor: z.string().nullable(),
    currency: z.string().nullable(),
    qualifier: qualifier.nullable(),
    amount_alt: z.array(moneyAltOutput),
    as_of: z.string().nullable(),
    claimed_by: z.string().nullable(),
    note: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Claim' });
export type ClaimOutput = z.infer<typeof claimOutput>;
