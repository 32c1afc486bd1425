/**
 * Loads the reference tables of data/ into the database. Each file is loaded when its content
 * differs from what was loaded before, so a second load changes nothing.
 */
import organisations from '../../../data/parties/organisations.json' with { type: 'json' };
import type { Queryable } from '../../store/database.ts';
import { readDataFile } from '../../store/data-files.ts';
import { parseEcbHistory } from '../../store/reference/ecb.ts';
import {
  parseNatoExpenditure,
  parseNatoPressEstimates,
  parseWorldBankGdp,
  parseWorldBankPopulation,
} from '../../store/reference/indicators.ts';
import { organisationParties, stateParties, type PartyRow } from '../../store/reference/parties.ts';
import { exchangeRates } from '../../store/repositories/exchange-rates.ts';
import { indicators } from '../../store/repositories/indicators.ts';
import { parties } from '../../store/repositories/parties.ts';
import { referenceDatasets } from '../../store/repositories/reference-datasets.ts';
import type { AppContext } from '../context.ts';
import { recordReferenceEdition } from './reference-editions.ts';
import { createHash } from 'node:crypto';

interface Dataset {
  name: string;
  checksum: () => string;
  load: (tx: Queryable) => Promise<number>;
}

function fileDataset<Row>(
  name: string,
  file: string,
  parse: (text: string) => Row[],
  save: (tx: Queryable, rows: Row[]) => Promise<void>,
): Dataset {
  return {
    name,
    checksum: () => readDataFile(file).checksum,
    async load(tx) {
      const rows = parse(readDataFile(file).text);
      await save(tx, rows);
      return rows.length;
    },
  };
}

function partyRows(): PartyRow[] {
  return [
    ...stateParties(),
    ...organisationParties(organisations as Parameters<typeof organisationParties>[0]),
  ];
}

/** In dependency order: indicators refer to parties. */
export const datasets: readonly Dataset[] = [
  {
    name: 'parties',
    checksum: () => createHash('sha256').update(JSON.stringify(partyRows())).digest('hex'),
    async load(tx) {
      const rows = partyRows();
      await parties.upsert(tx, rows);
      return rows.length;
    },
  },
  fileDataset('ecb-rates', 'reference/ecb/eurofxref-hist.csv', parseEcbHistory, exchangeRates.upsert),
  fileDataset(
    'nato-expenditure-2024',
    'reference/nato/defence-expenditure-2014-2024.csv',
    parseNatoExpenditure,
    indicators.upsert,
  ),
  fileDataset(
    'nato-expenditure-2025-press',
    'reference/nato/defence-expenditure-2025e-press-reports.csv',
    parseNatoPressEstimates,
    indicators.upsert,
  ),
  fileDataset(
    'worldbank-gdp-2025-04',
    'reference/worldbank/gdp-current-usd-2019-2023.csv',
    (text) => parseWorldBankGdp(text, 'primary'),
    indicators.upsert,
  ),
  fileDataset(
    'worldbank-gdp-2026-07-transcribed',
    'reference/worldbank/gdp-current-usd-2019-2025-transcribed.csv',
    (text) => parseWorldBankGdp(text, 'transcribed'),
    indicators.upsert,
  ),
  fileDataset(
    'worldbank-population-2026-03',
    'reference/worldbank/population-2019-2024.csv',
    parseWorldBankPopulation,
    indicators.upsert,
  ),
];

export interface DatasetLoad {
  name: string;
  status: 'loaded' | 'unchanged';
  rows: number;
}

export async function loadReferenceData(ctx: AppContext): Promise<DatasetLoad[]> {
  const results: DatasetLoad[] = [];
  for (const dataset of datasets) {
    const checksum = dataset.checksum();
    const previous = await referenceDatasets.get(ctx.db, dataset.name);
    if (previous?.checksum === checksum) {
      await recordReferenceEdition(ctx, ctx.db, dataset.name, checksum, previous.row_count);
      results.push({ name: dataset.name, status: 'unchanged', rows: previous.row_count });
      continue;
    }
    const rows = await ctx.db.transaction(async (tx) => {
      const count = await dataset.load(tx);
      await referenceDatasets.record(tx, dataset.name, checksum, count);
      await recordReferenceEdition(ctx, tx, dataset.name, checksum, count);
      return count;
    });
    ctx.log.info({ dataset: dataset.name, rows }, 'reference data loaded');
    results.push({ name: dataset.name, status: 'loaded', rows });
  }
  return results;
}
