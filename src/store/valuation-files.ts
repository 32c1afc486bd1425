/**
 * The edition-implied valuation basis: Kiel's heavy weapons by donor and category
 * (data/valuation/, with its attribution in SOURCES.md), donors mapped to party codes and
 * categories to catalogue equipment ids.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../domain/errors.ts';
import type { EditionWeapons } from '../domain/reports/valuation.ts';
import { readDataFile } from './data-files.ts';

export interface EditionValuation {
  edition: string;
  label: string;
  weapons: EditionWeapons[];
  /** Catalogue equipment id → the edition's category. */
  categoryOf: Map<string, string>;
}

interface Mapping {
  edition: string;
  label: string;
  file: string;
  categories: Record<string, string[]>;
  donors: Record<string, string>;
}

let cached: EditionValuation | null = null;

export function kielValuation(): EditionValuation {
  if (cached) return cached;
  const mapping = JSON.parse(readDataFile('valuation/kiel-ust.json').text) as Mapping;
  const rows = parse(readDataFile(`valuation/${mapping.file}`).text, { columns: true }) as Record<
    string,
    string
  >[];
  const weapons = rows.map((r) => {
    const donor = mapping.donors[r.donor!];
    if (!donor) throw new AppError('invalid_input', `valuation/${mapping.file}: unknown donor "${r.donor}"`);
    if (!/^\d+$/.test(r.number_of_weapons!) || !/^\d+$/.test(r.monetary_value_eur!))
      throw new AppError('invalid_input', `valuation/${mapping.file}: count and value must be whole numbers`);
    return {
      donor,
      category: r.category!,
      count: BigInt(r.number_of_weapons!),
      valueMinor: BigInt(r.monetary_value_eur!) * 100n,
    };
  });
  const categoryOf = new Map(
    Object.entries(mapping.categories).flatMap(([category, ids]) => ids.map((id) => [id, category] as const)),
  );
  cached = { edition: mapping.edition, label: mapping.label, weapons, categoryOf };
  return cached;
}
