/** Spending targets agreed by NATO (2 % in Wales 2014; 5 % = 3.5 % + 1.5 % at The Hague 2025). */
import * as z from 'zod';
import {
  confidence,
  isoDate,
  partyCode,
  qualifier,
  recordId,
  sourceOutput,
  sourceRef,
} from '../ledger/fields.ts';
import { patchOf, storedFields } from '../ledger/stored-records.ts';

const component = z
  .object({
    id: z.string().max(100),
    value: z.number(),
    unit: z.string().max(50),
    qualifier: qualifier.nullable().optional(),
    description: z.string().max(2000).optional(),
  })
  .strict();

const fields = {
  name: z.string().min(1).max(500),
  metric: z.string().regex(/^[a-z_]+$/),
  value: z.number().nonnegative(),
  unit: z.string().max(50),
  qualifier: qualifier.nullable().optional(),
  deadline_year: z.number().int().min(1950).max(2100).nullable().optional(),
  deadline_text: z.string().max(300).nullable().optional(),
  components: z.array(component).max(20).optional(),
  agreed_at: z.string().max(300).nullable().optional(),
  agreed_on: isoDate.nullable().optional(),
  country: partyCode.nullable().optional(),
  details: z.string().max(20_000).nullable().optional(),
  sources: z.array(sourceRef).max(200).optional(),
  confidence: confidence.nullable().optional(),
};

export const targetInput = z.object({ id: recordId, ...fields }).strict();
export type TargetInput = z.infer<typeof targetInput>;

export const targetPatch = patchOf(fields);
export type TargetPatch = z.infer<typeof targetPatch>;

export const targetOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    metric: z.string(),
    value: z.number(),
    unit: z.string(),
    qualifier: qualifier.nullable(),
    deadline_year: z.number().int().nullable(),
    deadline_text: z.string().nullable(),
    components: z.array(component),
    agreed_at: z.string().nullable(),
    agreed_on: z.string().nullable(),
    country: z.string().nullable(),
    details: z.string().nullable(),
    sources: z.array(sourceOutput),
    confidence: confidence.nullable(),
    ...storedFields,
  })
  .meta({ id: 'Target' });
export type TargetOutput = z.infer<typeof targetOutput>;
