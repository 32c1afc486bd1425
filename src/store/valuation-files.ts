/**
 * The mapping behind the edition-implied (`kiel`) valuation basis: catalogue equipment ids → the
 * heavy-weapon series of a Kiel edition (data/valuation/kiel-ust.json, with its sources).
 */
import { readDataFile } from './data-files.ts';

export interface WeaponCategories {
  /** The data set whose editions carry the heavy-weapon tables. */
  dataset: string;
  /** Catalogue equipment id → the edition's heavy-weapon series. */
  seriesOf: ReadonlyMap<string, string>;
}

let cached: WeaponCategories | null = null;

export function kielWeaponCategories(): WeaponCategories {
  if (cached) return cached;
  const mapping = JSON.parse(readDataFile('valuation/kiel-ust.json').text) as {
    dataset: string;
    categories: Record<string, string[]>;
  };
  cached = {
    dataset: mapping.dataset,
    seriesOf: new Map(
      Object.entries(mapping.categories).flatMap(([series, ids]) => ids.map((id) => [id, series] as const)),
    ),
  };
  return cached;
}
