/**
 * The Frictionless Data Package descriptor (datapackage.json) written beside the CSV tables: one
 * tabular resource per file with its table schema (field types, units, keys), the licence and
 * the sources the records cite. Titles, keys, units and licence come from
 * data/interchange/datapackage.json; fields and types from the tables themselves.
 */
import { conversionLines, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import { readDataFile } from '../../store/data-files.ts';
import type { LedgerTables } from './ledger-tables.ts';
import { tableColumns, tableNames, type Codec, type TableName } from './table-columns.ts';

interface Metadata {
  package: Record<string, unknown>;
  units: Record<string, string>;
  tables: Record<TableName, { title: string; primaryKey: string[]; foreignKeys?: unknown[] }>;
}

const types: Record<Codec, { type: string; format?: string; description?: string }> = {
  text: { type: 'string' },
  decimal: { type: 'number', description: 'Exact decimal' },
  number: { type: 'number' },
  bool: { type: 'boolean' },
  codes: { type: 'string', description: 'Party codes separated by ;' },
  json: { type: 'string', format: 'default', description: 'JSON text' },
};

/** The unit of a column, by its name or its last word (`money_amount` → `amount`). */
const unitOf = (units: Metadata['units'], column: string) =>
  units[column] ?? units[column.split('_').at(-1) ?? ''] ?? undefined;

export function dataPackage(
  tables: Pick<LedgerTables, 'sources'>,
  rates?: ConversionSummary,
): Record<string, unknown> {
  const meta = JSON.parse(readDataFile('interchange/datapackage.json').text) as Metadata;
  const [urlAt, titleAt, publisherAt] = ['url', 'title', 'publisher'].map((c) =>
    tableColumns.sources.findIndex(([name]) => name === c),
  );
  const sources = tables.sources
    .filter((cells) => cells[urlAt!])
    .map((cells) => ({
      title: cells[titleAt!] || cells[publisherAt!] || cells[urlAt!],
      path: cells[urlAt!],
    }));
  return {
    ...meta.package,
    // Amounts are in their own currencies: the last ECB rate date that converts them to EUR, and
    // those no rate held converts (a custom property, as the Data Package standard allows).
    ...(rates ? { exchange_rates: { ...rates, summary: conversionLines(rates) } } : {}),
    sources,
    resources: tableNames.map((name) => ({
      profile: 'tabular-data-resource',
      name,
      path: `${name}.csv`,
      title: meta.tables[name].title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: tableColumns[name].map(([column, codec]) => {
          const unit = unitOf(meta.units, column);
          const { description, ...type } = types[codec];
          const text = [description, unit && `Unit: ${unit}`].filter(Boolean).join('. ');
          return { name: column, ...type, ...(text ? { description: text } : {}) };
        }),
        missingValues: [''],
        primaryKey: meta.tables[name].primaryKey,
        ...(meta.tables[name].foreignKeys ? { foreignKeys: meta.tables[name].foreignKeys } : {}),
      },
    })),
  };
}
