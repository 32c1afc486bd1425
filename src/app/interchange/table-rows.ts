/** Rows of the flat tables and back: one record per row, each field through its column's codec. */
import { AppError } from '../../domain/errors.ts';
import { decodeCell, encodeCell, tableColumns, type TableName } from './table-columns.ts';

export type Rec = Record<string, unknown>;

export function row(name: TableName, record: Rec): string[] {
  return tableColumns[name].map(([column, codec]) => encodeCell(record[column], codec));
}

/** A table read from a file: header row first. Columns may come in any order; unknown ones are refused. */
export function records(name: TableName, table: string[][] | undefined): Rec[] {
  if (!table || table.length === 0) return [];
  const [header, ...body] = table as [string[], ...string[][]];
  const codecs = new Map<string, (typeof tableColumns)[TableName][number][1]>(tableColumns[name]);
  const unknown = header.filter((h) => !codecs.has(h));
  if (unknown.length) throw new AppError('invalid_input', `${name}: unknown column ${unknown.join(', ')}`);
  return body.map((cells, i) => {
    const record: Rec = {};
    header.forEach((column, j) => {
      try {
        const value = decodeCell(cells[j] ?? '', codecs.get(column)!, `${name} row ${i + 2}, ${column}`);
        if (value !== undefined) record[column] = value;
      } catch (error) {
        throw new AppError('invalid_input', `${(error as Error).message}; nothing was imported`, {
          issues: [{ field: `${name}.${i}.${column}`, message: (error as Error).message }],
        });
      }
    });
    return record;
  });
}

/** Removes `keys` from the record and returns them. */
export function take(record: Rec, keys: readonly string[]): Rec {
  const taken: Rec = {};
  for (const key of keys) {
    if (key in record) taken[key] = record[key];
    delete record[key];
  }
  return taken;
}

/** Rows grouped by `key` (removed from each), each group sorted by the number in `order`. */
export function groupBy(rows: Rec[], key: string, order: string): Map<string, Rec[]> {
  const map = new Map<string, Rec[]>();
  for (const r of rows) {
    const id = take(r, [key])[key] as string;
    map.set(id, [...(map.get(id) ?? []), r]);
  }
  for (const list of map.values()) list.sort((a, b) => (a[order] as number) - (b[order] as number));
  return map;
}
