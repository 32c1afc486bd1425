/** Option parsing shared by the ledger commands: checked values, and lists as table, JSON or CSV. */
import { stringify } from 'csv-stringify/sync';
import { formatTable, print, toJson, type Cell } from '../output.ts';

export { amount, calendarDate as date, count, oneOf } from '../arguments.ts';

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
