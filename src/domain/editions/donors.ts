/** Donor names and ISO alpha-3 codes of external data sets → party codes, from a mapping data file. */
import { AppError } from '../errors.ts';

export interface DonorMapping {
  names: Record<string, string>;
  iso3: Record<string, string>;
}

/**
 * Resolves names, remembering the ones it does not know so that one import reports all of them
 * at once (`assertKnown`), never dropping a row silently.
 */
export function donorResolver(mapping: DonorMapping, iso3ToParty: (iso3: string) => string | null) {
  const unknown = new Set<string>();
  return {
    byName(name: string): string {
      const code = mapping.names[name.trim()];
      if (!code) unknown.add(name);
      return code ?? '';
    },
    byIso3(iso3: string, name: string): string {
      const code = mapping.iso3[iso3] ?? iso3ToParty(iso3) ?? mapping.names[name.trim()];
      if (!code) unknown.add(`${name} (${iso3})`);
      return code ?? '';
    },
    assertKnown(): void {
      if (unknown.size === 0) return;
      const list = [...unknown].sort();
      throw new AppError(
        'invalid_input',
        `unknown donor${list.length > 1 ? 's' : ''}: ${list.join(', ')} (add ${list.length > 1 ? 'them' : 'it'} to data/editions/kiel-donors.json)`,
        { details: { unknown: list } },
      );
    },
  };
}
export type DonorResolver = ReturnType<typeof donorResolver>;
