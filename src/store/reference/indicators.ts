/** NATO defence expenditure and World Bank GDP tables (data/reference) as indicator rows. */
import { parse } from 'csv-parse/sync';
import { partyCodeFromIso3 } from './parties.ts';

export type IndicatorQuality = 'primary' | 'secondary' | 'transcribed';

export interface IndicatorRow {
  party: string;
  indicator: string;
  year: number;
  value: string;
  unit: string;
  edition: string;
  quality: IndicatorQuality;
  estimate: boolean;
  source: string;
}

const natoAggregates: Record<string, string> = {
  'NATO Total': 'NATO',
  'NATO Europe and Canada': 'NATO_EUROPE_CANADA',
};

/** NATO table columns kept as indicators, with their units. */
const natoColumns: Record<string, { indicator: string; unit: string }> = {
  // As NATO prints it (2 decimals): the figure its target checks use.
  defexp_pct_gdp_2dp: { indicator: 'defence_expenditure_pct_gdp', unit: 'percent' },
  defexp_pct_gdp: { indicator: 'defence_expenditure_pct_gdp_unrounded', unit: 'percent' },
  defexp_musd_current: { indicator: 'defence_expenditure_usd_m', unit: 'USD million (current prices)' },
  defexp_musd_const2015: { indicator: 'defence_expenditure_usd_m_2015', unit: 'USD million (2015 prices)' },
  gdp_musd_current: { indicator: 'gdp_usd_m_nato', unit: 'USD million (current prices)' },
  equipment_share_pct: { indicator: 'equipment_share_pct', unit: 'percent of defence expenditure' },
  personnel_share_pct: { indicator: 'personnel_share_pct', unit: 'percent of defence expenditure' },
};

const natoSource = 'NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024';

function records(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

function natoParty(record: Record<string, string>): string | null {
  return natoAggregates[record.country ?? ''] ?? partyCodeFromIso3(record.iso3 ?? '');
}

export function parseNatoExpenditure(text: string): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const record of records(text)) {
    const party = natoParty(record);
    if (!party) throw new Error(`NATO table: unknown country ${record.country}`);
    for (const [column, { indicator, unit }] of Object.entries(natoColumns)) {
      const value = record[column];
      if (!value) continue;
      rows.push({
        party,
        indicator,
        year: Number(record.year),
        value,
        unit,
        edition: record.edition ?? 'NATO 2024',
        quality: 'primary',
        estimate: record.is_estimate === 'true',
        source: natoSource,
      });
    }
  }
  return rows;
}

/** The 2025 estimates known only from press reports: kept apart as their own, secondary edition. */
export function parseNatoPressEstimates(text: string): IndicatorRow[] {
  return records(text).map((record) => ({
    party: partyCodeFromIso3(record.iso3 ?? '') ?? '',
    indicator: 'defence_expenditure_pct_gdp',
    year: Number(record.year),
    value: record.defexp_pct_gdp_2dp ?? '',
    unit: 'percent',
    edition: `${record.edition_reported} — as reported by the press`,
    quality: 'secondary' as const,
    estimate: true,
    source: [record.source_url, record.corroborated_by].filter(Boolean).join(' ; '),
  }));
}

export function parseWorldBankGdp(text: string, quality: IndicatorQuality): IndicatorRow[] {
  return records(text).flatMap((record) => {
    const party = record.iso2 || partyCodeFromIso3(record.iso3 ?? '');
    if (!party || !record.gdp_usd_current) return [];
    const source = record.source ?? 'World Bank WDI NY.GDP.MKTP.CD';
    return [
      {
        party,
        indicator: 'gdp_usd',
        year: Number(record.year),
        value: record.gdp_usd_current,
        unit: 'USD (current prices)',
        edition: source.replace(/ \(.*\)$/, ''),
        quality,
        estimate: false,
        source,
      },
    ];
  });
}

/** World Bank population (SP.POP.TOTL): one row per country and year, whole persons. */
export function parseWorldBankPopulation(text: string): IndicatorRow[] {
  return records(text).flatMap((record) => {
    const party = partyCodeFromIso3(record.iso3 ?? '');
    if (!party || !/^\d+$/.test(record.population ?? '')) return [];
    const source = record.source ?? 'World Bank WDI SP.POP.TOTL';
    return [
      {
        party,
        indicator: 'population',
        year: Number(record.year),
        value: record.population!,
        unit: 'persons',
        edition: 'World Bank WDI SP.POP.TOTL',
        quality: 'primary' as const,
        estimate: false,
        source,
      },
    ];
  });
}
