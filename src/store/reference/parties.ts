/**
 * Parties: every ISO 3166 state with English, French and German names (i18n-iso-countries) and
 * the organisations and groups of data/parties/organisations.json.
 */
import countries from 'i18n-iso-countries';

export interface PartyRow {
  code: string;
  kind: 'state' | 'organisation' | 'group' | 'company';
  iso3: string | null;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  members: string[];
  source: string;
}

export const partyLanguages = ['en', 'fr', 'de'] as const;

interface OrganisationFile {
  source: string;
  parties: (Omit<PartyRow, 'iso3' | 'source'> & { iso3?: string })[];
}

export function stateParties(): PartyRow[] {
  return Object.keys(countries.getAlpha2Codes()).map((code) => {
    const names: Record<string, string> = {};
    const aliases: Record<string, string[]> = {};
    for (const lang of partyLanguages) {
      const all = countries.getNames(lang, { select: 'all' })[code] ?? [];
      names[lang] = all[0] ?? code;
      aliases[lang] = all.slice(1);
    }
    return {
      code,
      kind: 'state' as const,
      iso3: countries.alpha2ToAlpha3(code) ?? null,
      names,
      aliases,
      members: [],
      source: 'ISO 3166-1 via the i18n-iso-countries package',
    };
  });
}

export function organisationParties(file: OrganisationFile): PartyRow[] {
  return file.parties.map((party) => ({
    code: party.code,
    kind: party.kind,
    iso3: party.iso3 ?? null,
    names: party.names,
    aliases: party.aliases,
    members: party.members,
    source: file.source,
  }));
}

/** ISO alpha-3 (and the World Bank's XKX) to the party code. */
export function partyCodeFromIso3(iso3: string): string | null {
  if (iso3 === 'XKX') return 'XK';
  return countries.alpha3ToAlpha2(iso3) ?? null;
}
