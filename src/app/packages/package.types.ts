/**
 * Packages: pooled purchases (PURL-style) with their funders and shares. Counting rule: the
 * money is attributed to the funders, once; the package itself is never a donor.
 */
import * as z from 'zod';
import { statuses } from '../../domain/ledger/vocabulary.ts';
import {
  isoDate,
  majorAmount,
  moneyAlt,
  moneyAltOutput,
  moneyInput,
  moneyOutput,
  partyCode,
  qualifier,
  recordCommon,
  recordId,
} from '../ledger/fields.ts';
import { citedFields, patchOf, storedFields } from '../ledger/stored-records.ts';

const funder = z
  .object({
    party: partyCode,
    amount: majorAmount.nullable().optional(),
    currency: z.string().length(3).nullable().optional(),
    qualifier: qualifier.nullable().optional(),
    commitment_id: recordId.nullable().optional(),
  })
  .strict();

const fields = {
  name: z.string().min(1).max(300),
  mechanism: z.string().max(50).optional(),
  value: moneyInput.nullable().optional(),
  value_alt: z.array(moneyAlt).max(20).optional(),
  funders: z.array(funder).max(100).optional(),
  supplier: z.string().max(300).nullable().optional(),
  contents_summary: z.string().max(5000).nullable().optional(),
  announced_on: isoDate.nullable().optional(),
  status: z.enum(statuses).optional(),
  note: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

export const packageInput = z.object({ id: recordId.optional(), ...fields }).strict();
export type PackageInput = z.infer<typeof packageInput>;

export const packagePatch = patchOf(fields);
export type PackagePatch = z.infer<typeof packagePatch>;

const funderOutput = z.object({
  party: z.string(),
  amount: z.string().nullable(),
  amount_minor: z.string().nullable(),
  currency: z.string().nullable(),
  qualifier: qualifier.nullable(),
  commitment_id: z.string().nullable(),
});

export const packageOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    mechanism: z.string(),
    value: moneyOutput.nullable(),
    value_alt: z.array(moneyAltOutput),
    funders: z.array(funderOutput),
    supplier: z.string().nullable(),
    contents_summary: z.string().nullable(),
    announced_on: z.string().nullable(),
    status: z.enum(statuses),
    note: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Package' });
export type PackageOutput = z.infer<typeof packageOutput>;
