/** Option parsing shared by the ledger commands: checked values, and lists as table, JSON or CSV. */
import { InvalidArgumentError } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { isCalendarDate } from '../../domain/dates.ts';
import { formatTable, print, toJson, type Cell } from '../output.ts';

export function date(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value))
    throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD');
  return value;
}

export function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return value as T;
  };

export const listFormats = ['table', 'json', 'csv'] as const;
export type ListFormat = (typeof listFormats)[number];

/** Prints a list: the rows as a table or CSV, or the full records as JSON. */
export function printList(
  format: ListFormat,
  records: readonly unknown[],
  rows: readonly Record<string, Cell>[],
  total: number,
): void {
  if (format === 'json') return print(toJson(records));
  if (format === 'csv') {
    const columns = Object.keys(rows[0] ?? {});
    const cells = rows.map((r) =>
      columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c]))),
    );
    return void process.stdout.write(stringify([columns, ...cells], { record_delimiter: '\n' }));
  }
  print(rows.length ? formatTable(rows) : '(none)');
  if (total > rows.length) print(`${rows.length} of ${total} (use --limit and --offset for more)`);
}
