/** Equipment types: the catalogue of named systems, with aliases in en/fr/de and indicative unit values. */
import * as z from 'zod';
import { majorAmount, partyCode, qualifier, sourceOutput, sourceRef } from '../ledger/fields.ts';
import { patchOf, storedFields } from '../ledger/stored-records.ts';

const aliases = z
  .object({
    en: z.array(z.string().max(200)),
    fr: z.array(z.string().max(200)),
    de: z.array(z.string().max(200)),
  })
  .partial();

const fields = {
  name: z.string().min(1).max(300),
  aliases: aliases.optional(),
  category: z.string().regex(/^[a-z_]+$/, 'a lower-case category such as air_defence'),
  unit: z.string().regex(/^[a-z_]+$/, 'a lower-case unit such as system or round'),
  origin: partyCode.nullable().optional(),
  manufacturer: z.string().max(300).nullable().optional(),
  indicative_unit_value: z
    .object({
      amount: majorAmount,
      currency: z.string().length(3),
      year: z.number().int().min(1950).max(2100),
      source: z.string().max(2000).nullable().optional(),
      qualifier: qualifier.optional(),
      basis: z.string().max(500).optional(),
    })
    .strict()
    .nullable()
    .optional(),
  sources: z.array(sourceRef).max(200).optional(),
  note: z.string().max(10_000).nullable().optional(),
};

export const equipmentInput = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as iris-t-slm'),
    ...fields,
  })
  .strict();
export type EquipmentInput = z.infer<typeof equipmentInput>;

export const equipmentPatch = patchOf(fields);
export type EquipmentPatch = z.infer<typeof equipmentPatch>;

export const equipmentOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    aliases: z.record(z.string(), z.array(z.string())),
    category: z.string(),
    unit: z.string(),
    origin: z.string().nullable(),
    manufacturer: z.string().nullable(),
    indicative_unit_value: z
      .object({
        amount: z.string(),
        currency: z.string(),
        year: z.number().int().nullable(),
        source: z.string().nullable(),
        qualifier: qualifier.optional(),
        basis: z.string().optional(),
      })
      .nullable(),
    sources: z.array(sourceOutput),
    note: z.string().nullable(),
    ...storedFields,
  })
  .meta({ id: 'EquipmentType' });
export type EquipmentOutput = z.infer<typeof equipmentOutput>;
