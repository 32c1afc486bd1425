/**
 * Flat tables on disk: a folder of CSV files (UTF-8, header row, RFC 4180 quoting, `\n` line ends)
 * or one XLSX workbook with a sheet per table. Every cell is text, so amounts stay exact decimals.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.ts';
import { dataPackage } from './datapackage.ts';
import { fixZipDates } from './zip-dates.ts';
import { conversionLines, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import type { LedgerTables } from './ledger-tables.ts';
import type { TableRows } from './stream-tables.ts';
import { tableColumns, tableNames, type TableName } from './table-columns.ts';

type ReadTables = Partial<Record<TableName, string[][]>>;

const header = (name: TableName) => tableColumns[name].map(([column]) => column);

/**
 * A spreadsheet opening a CSV file runs a cell that begins with `=`, `+`, `-` or `@` (or a tab or
 * carriage return) as a formula. Text cells that begin so are written with a leading `'`, and so
 * are text cells that begin with `'` themselves, so that reading strips exactly one and the round
 * trip stays exact. Numbers and amounts are never touched: `-5` stays a negative number.
 */
const formulaLike = /^[=+\-@\t\r']/;
export const neutraliseCell = (cell: string) => (formulaLike.test(cell) ? `'${cell}` : cell);
export const restoreCell = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

const isText = (name: TableName, column: string | undefined) =>
  tableColumns[name].some(([c, codec]) => c === column && codec === 'text');

function csvCells(name: TableName, rows: string[][], convert: (cell: string) => string, head: string[]) {
  const text = head.map((column) => isText(name, column));
  return rows.map((cells) => cells.map((cell, i) => (text[i] ? convert(cell) : cell)));
}

const writeDataPackage = (
  folder: string,
  sources: Pick<LedgerTables, 'sources'>,
  rates?: ConversionSummary,
) =>
  fs.writeFileSync(
    path.join(folder, 'datapackage.json'),
    `${JSON.stringify(dataPackage(sources, rates), null, 2)}\n`,
  );

export function writeCsvFolder(tables: LedgerTables, folder: string, rates?: ConversionSummary): void {
  fs.mkdirSync(folder, { recursive: true });
  writeDataPackage(folder, tables, rates);
  for (const name of tableNames) fs.writeFileSync(path.join(folder, `${name}.csv`), csvTable(tables, name));
}

/**
 * The same folder as `writeCsvFolder`, each file written while its rows are read, a batch at a
 * time: the tables are never held whole. datapackage.json, which lists the cited sources, comes
 * last, from the rows of sources.csv.
 */
export async function writeCsvFolderStreamed(
  rows: TableRows,
  folder: string,
  rates?: ConversionSummary,
): Promise<void> {
  fs.mkdirSync(folder, { recursive: true });
  const sources: string[][] = [];
  for (const name of tableNames) {
    const file = fs.createWriteStream(path.join(folder, `${name}.csv`));
    const finished = once(file, 'finish');
    // A stream error (disk full) rejects `finished` and is thrown from a write's wait or at the end.
    finished.catch(() => undefined);
    for await (const text of csvTableText(name, noting(rows(name), name === 'sources' ? sources : null)))
      if (!file.write(text)) await Promise.race([once(file, 'drain'), finished]);
    file.end();
    await finished;
  }
  writeDataPackage(folder, { sources }, rates);
}

/** The batches as they come, each row kept in `kept` too when it is given. */
async function* noting(batches: AsyncIterable<readonly string[][]>, kept: string[][] | null) {
  for await (const batch of batches) {
    kept?.push(...batch);
    yield batch;
  }
}

/** One table as the text of its CSV file. */
export function csvTable(tables: LedgerTables, name: TableName): string {
  const rows = csvCells(name, tables[name], neutraliseCell, header(name));
  return stringify([header(name), ...rows], { record_delimiter: '\n' });
}

/** The same text as `csvTable`, a batch of rows at a time as the rows come. */
export async function* csvTableText(name: TableName, rows: AsyncIterable<readonly string[][]>) {
  yield stringify([header(name)], { record_delimiter: '\n' });
  for await (const batch of rows)
    if (batch.length)
      yield stringify(csvCells(name, [...batch], neutraliseCell, header(name)), { record_delimiter: '\n' });
}

export const hasCsvTables = (folder: string) =>
  fs.existsSync(path.join(folder, 'commitments.csv')) || fs.existsSync(path.join(folder, 'equipment.csv'));

export function readCsvFolder(folder: string): ReadTables {
  const tables: ReadTables = {};
  for (const name of tableNames) {
    const file = path.join(folder, `${name}.csv`);
    if (!fs.existsSync(file)) continue;
    try {
      const [head, ...rows] = parse(fs.readFileSync(file, 'utf8'), {
        bom: true,
        relax_column_count: false,
      }) as string[][];
      tables[name] = head ? [head, ...csvCells(name, rows, restoreCell, head)] : [];
    } catch (error) {
      throw new AppError('invalid_input', `${file}: ${(error as Error).message}`);
    }
  }
  return tables;
}

/** The exchange-rate sheet of a workbook: the summary's sentences, one a row (the import skips it). */
export const RATES_SHEET = 'exchange_rates';

/** The workbook library, loaded when a workbook is read or written: not by every process that starts. */
const excel = async () => (await import('exceljs')).default;

/** Whole tables as rows given a batch at a time. */
const allAtOnce =
  (tables: LedgerTables): TableRows =>
  (name) =>
    (async function* () {
      yield tables[name];
    })();

/**
 * Waits until the zip has taken in what the sheet was given. The writer hands a sheet's XML to
 * the zip's input stream without waiting for it, and reading a page from the embedded database
 * never gives the event loop a turn: nothing was compressed or written to the file before the
 * last sheet, and the sheets' XML (37 MB for 10,000 commitments) was held in memory meanwhile.
 * The input stream is the one the sheet's stream pipes into (ExcelJS's StreamBuf keeps it in
 * `pipes`); it is a readable-stream 2 PassThrough, which tells that it is full in its state only.
 * Were that ever missing, the workbook would still be written, as before, at the end. The zip is
 * left a backlog of up to a megabyte, so that the export waits seldom (each wait is a turn of the
 * event loop for the compression, which a busy machine may be slow to give).
 */
const ZIP_BACKLOG = 1024 * 1024;

async function zipped(sheet: ExcelJS.Worksheet): Promise<void> {
  type Input = Writable & { _writableState?: { length?: number; needDrain?: boolean } };
  const into = (sheet as unknown as { stream?: { pipes?: Input[] } }).stream?.pipes?.[0];
  const state = into?._writableState;
  if (!into || !state?.needDrain || (state.length ?? 0) < ZIP_BACKLOG) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      into.off('drain', done).off('close', done);
      resolve();
    };
    into.on('drain', done).on('close', done);
  });
}

/**
 * Written as a stream: each row goes to the file as it is added (no shared strings table), and a
 * streamed export's tables are read while they are written, so memory stays flat however large
 * the ledger (the workbook is never held whole). Sheets are written one after another, in the
 * order of `tableNames`.
 */
export async function writeXlsx(
  tables: LedgerTables | TableRows,
  file: string,
  rates?: ConversionSummary,
): Promise<void> {
  const rows = typeof tables === 'function' ? tables : allAtOnce(tables);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const ExcelJS = await excel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  // A failed write (the file cannot be opened, the disk is full) ends the waits for the zip.
  const { zip, stream } = workbook as unknown as { zip: Writable; stream: Writable };
  const failed = new Promise<never>((_resolve, reject) => {
    zip.once('error', reject);
    stream.once('error', reject);
  });
  failed.catch(() => undefined);
  workbook.creator = 'Ramstein';
  // A fixed date, so that the same ledger gives the same workbook properties.
  workbook.created = workbook.modified = new Date(0);
  for (const name of tableNames) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const head = sheet.addRow(header(name));
    head.font = { bold: true };
    head.commit();
    for await (const batch of rows(name)) {
      for (const cells of batch) sheet.addRow(cells).commit();
      await Promise.race([zipped(sheet), failed]);
    }
    sheet.commit();
  }
  if (rates) {
    const sheet = workbook.addWorksheet(RATES_SHEET);
    for (const line of conversionLines(rates)) sheet.addRow([line.trim()]).commit();
    sheet.commit();
  }
  await workbook.commit();
  fixZipDates(file);
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' ? String((value as { text?: unknown }).text ?? '') : String(value);
};

export async function readXlsx(file: string): Promise<ReadTables> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `${file} is not a readable XLSX workbook: ${(error as Error).message}`,
    );
  }
  const tables: ReadTables = {};
  for (const name of tableNames) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    const width = sheet.getRow(1).cellCount;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      rows.push(Array.from({ length: width }, (_v, i) => cellText(row.getCell(i + 1).value)));
    });
    tables[name] = rows;
  }
  return tables;
}
