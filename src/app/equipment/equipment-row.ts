/** An equipment type's input as the row of table `equipment_types`, and the row as its view. */
import type { Qualifier } from '../../domain/ledger/vocabulary.ts';
import { formatMajor } from '../../domain/money/money.ts';
import type { Queryable } from '../../store/database.ts';
import type { EquipmentRow, NewEquipment } from '../../store/repositories/equipment.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import { toStoredMoney } from '../ledger/money.ts';
import { requireParties } from '../ledger/references.ts';
import { recordMeta } from '../ledger/stored-records.ts';
import type { EquipmentInput, EquipmentOutput } from './equipment.types.ts';

/** The row of equipment type `id`, after checking its country of origin. */
export async function toEquipmentRow(db: Queryable, id: string, i: EquipmentInput): Promise<NewEquipment> {
  await requireParties(db, { origin: [i.origin] });
  const extra = i.indicative_unit_value;
  const value = extra ? toStoredMoney(extra, 'indicative_unit_value') : null;
  return {
    id,
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
}

export function toEquipmentView(row: EquipmentRow, linked: LinkedSource[]): EquipmentOutput {
  const currency = row.indicative_value_currency;
  const extra = row.indicative_value_source
    ? (JSON.parse(row.indicative_value_source) as Record<string, string | undefined>)
    : {};
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases as Record<string, string[]>,
    category: row.category,
    unit: row.unit,
    origin: row.origin,
    manufacturer: row.manufacturer,
    indicative_unit_value: currency
      ? {
          amount: formatMajor({ amount: row.indicative_value_minor!, currency }),
          currency,
          year: row.indicative_value_year,
          source: extra.source ?? null,
          ...(extra.qualifier ? { qualifier: extra.qualifier as Qualifier } : {}),
          ...(extra.basis ? { basis: extra.basis } : {}),
        }
      : null,
    sources: linked,
    note: row.note,
    ...recordMeta(row),
  };
}

/** The stored equipment type as input, so that a patch can be laid over it. */
export const equipmentAsInput = (v: EquipmentOutput): EquipmentInput => ({
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
});
