/**
 * The declared shape of an external data set's files (data/editions/*.json): which files a
 * layout has and their columns. Reading checks every file against it before anything is kept.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.ts';

export interface LayoutContract {
  description: string;
  donor_table: string;
  /** The publisher's figures are rounded to this many EUR (a table in EUR bn with 3 decimals: 1,000,000). */
  rounding_eur: number;
  /** File name → its columns, in order (for JSON files: the keys it must have). */
  files: Record<string, string[]>;
}

export interface ReleaseContract {
  layout: string;
  cut_off: string | null;
  published_on: string;
  published_basis: string;
}

export interface DatasetContract {
  dataset: string;
  publisher: string;
  title: string;
  url: string;
  attribution: string;
  releases: Record<string, ReleaseContract>;
  layouts: Record<string, LayoutContract>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const refuse = (message: string) => new AppError('invalid_input', message);

/** CSV rows as objects, after checking the header against the contract's columns. */
export function readCsv(name: string, text: string, columns: readonly string[]): Record<string, string>[] {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw refuse(`${name}: not a complete CSV file (${reason})`);
  }
  const [header, ...rows] = records;
  if (!header) throw refuse(`${name}: the file is empty`);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw refuse(
      `${name}: column "${missing[0]}" is missing${
        missing.length > 1
          ? ` (and ${missing
              .slice(1)
              .map((m) => `"${m}"`)
              .join(', ')})`
          : ''
      }; found ${header.join(', ')}`,
    );
  }
  const extra = header.filter((c) => !columns.includes(c));
  if (extra.length)
    throw refuse(`${name}: unexpected column "${extra[0]}": this layout has ${columns.join(', ')}`);
  return rows.map((cells, i) => {
    if (cells.length !== header.length) {
      throw refuse(
        `${name}: row ${i + 2} has ${cells.length} fields, the header ${header.length} (truncated file?)`,
      );
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j]!]));
  });
}

export function readJsonObject(name: string, text: string, keys: readonly string[]): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse(`${name}: not a complete JSON file`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw refuse(`${name}: not a JSON object`);
  const missing = keys.filter((k) => !(k in value));
  if (missing.length) throw refuse(`${name}: key "${missing[0]}" is missing`);
  return value as Record<string, unknown>;
}

/** The release's contract, or a clear refusal naming the releases that are known. */
export function releaseContract(
  contract: DatasetContract,
  release: string,
): ReleaseContract & { layoutContract: LayoutContract } {
  const found = contract.releases[release];
  if (!found) {
    throw refuse(
      `${contract.title}: release ${release} is not described in the contract (known releases: ${Object.keys(contract.releases).join(', ')})`,
    );
  }
  const layoutContract = contract.layouts[found.layout];
  if (!layoutContract) throw new AppError('internal', `layout ${found.layout} is not declared`);
  return { ...found, layoutContract };
}
