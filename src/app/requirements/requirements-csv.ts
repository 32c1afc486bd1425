/** A requirements list as CSV: one row per requirement, the list's header fields given separately. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AppError } from '../../domain/errors.ts';
import type { RequirementListOutput } from './requirement.types.ts';

export const csvColumns = [
  'key',
  'priority',
  'capability',
  'equipment',
  'category',
  'quantity',
  'unit',
  'needed_by',
  'status',
  'notes',
  'visibility',
] as const;

export function requirementsToCsv(list: RequirementListOutput): string {
  return stringify(
    list.requirements.map((r) => csvColumns.map((c) => r[c] ?? '')),
    { header: true, columns: [...csvColumns] },
  );
}

/** Rows of a CSV file as requirement input (validated afterwards by the list schema). */
export function requirementsFromCsv(text: string): Record<string, unknown>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new AppError('invalid_input', `not a readable CSV file: ${(error as Error).message}`);
  }
  const empty = (v: string | undefined) => (v === undefined || v === '' ? null : v);
  const integer = (v: string | undefined, field: string, line: number) => {
    if (empty(v) === null) return null;
    if (!/^\d+$/.test(v!))
      throw new AppError('invalid_input', `line ${line}: ${field}: "${v}" is not a whole number`);
    return Number(v);
  };
  return rows.map((row, i) => {
    const line = i + 2;
    const out: Record<string, unknown> = {
      key: row.key,
      capability: row.capability,
      priority: integer(row.priority, 'priority', line),
      equipment: empty(row.equipment),
      category: empty(row.category),
      quantity: integer(row.quantity, 'quantity', line),
      unit: empty(row.unit),
      needed_by: empty(row.needed_by),
      notes: empty(row.notes),
    };
    if (empty(row.status)) out.status = row.status;
    if (empty(row.visibility)) out.visibility = row.visibility;
    return out;
  });
}
