/** Equipment types: the catalogue of named systems, with aliases in en/fr/de and indicative unit values. */
import { z } from 'zod';
import { storedFields, patchOf } from '../records/record-kind.ts';
import type { Qualifier } from '../../domain/ledger/vocabulary.ts';
import { formatMajor } from '../../domain/money/money.ts';
import { majorAmount, partyCode, qualifier, sourceOutput, sourceRef } from '../ledger/fields.ts';
import { toStoredMoney } from '../ledger/money.ts';
import { requireParties } from '../ledger/references.ts';
import type { RecordKind, Row } from '../records/record-kind.ts';

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

const input = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as iris-t-slm'),
    ...fields,
  })
  .strict();
type EquipmentInput = z.infer<typeof input>;

const output = z
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
type EquipmentOutput = z.infer<typeof output>;

export const equipmentKind: RecordKind<EquipmentInput, EquipmentOutput> = {
  type: 'equipment',
  table: 'equipment_types',
  visibility: false,
  input,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
    await requireParties(db, { origin: [i.origin] });
    const value = i.indicative_unit_value
      ? toStoredMoney(i.indicative_unit_value, 'indicative_unit_value')
      : null;
    const extra = i.indicative_unit_value;
    return {
      name: i.name,
      category: i.category,
      unit: i.unit,
      origin: i.origin ?? null,
      manufacturer: i.manufacturer ?? null,
      aliases: JSON.stringify(i.aliases ?? {}),
      indicative_value_minor: value?.minor ?? null,
      indicative_value_currency: value?.currency ?? null,
      indicative_value_year: extra?.year ?? null,
      indicative_value_source: extra
        ? JSON.stringify({ source: extra.source ?? null, qualifier: extra.qualifier, basis: extra.basis })
        : null,
      note: i.note ?? null,
    };
  },
  toInput: (v) => ({
    id: v.id,
    name: v.name,
    aliases: v.aliases,
    category: v.category,
    unit: v.unit,
    origin: v.origin,
    manufacturer: v.manufacturer,
    indicative_unit_value: v.indicative_unit_value && {
      ...v.indicative_unit_value,
      year: v.indicative_unit_value.year ?? 0,
    },
    sources: v.sources.map((s) => (s.url ? s.url : { id: s.id })),
    note: v.note,
  }),
  toView(row: Row, linked) {
    const currency = row.indicative_value_currency as string | null;
    const extra = row.indicative_value_source
      ? (JSON.parse(row.indicative_value_source as string) as Record<string, string | undefined>)
      : {};
    return {
      id: row.id,
      name: row.name as string,
      aliases: row.aliases as Record<string, string[]>,
      category: row.category as string,
      unit: row.unit as string,
      origin: row.origin as string | null,
      manufacturer: row.manufacturer as string | null,
      indicative_unit_value: currency
        ? {
            amount: formatMajor({ amount: row.indicative_value_minor as bigint, currency }),
            currency,
            year: row.indicative_value_year as number | null,
            source: extra.source ?? null,
            ...(extra.qualifier ? { qualifier: extra.qualifier as Qualifier } : {}),
            ...(extra.basis ? { basis: extra.basis } : {}),
          }
        : null,
      sources: linked,
      note: row.note as string | null,
      version: row.version,
      created_at: row.created_at.toISOString(),
      updated_at: row.updated_at.toISOString(),
    };
  },
};
