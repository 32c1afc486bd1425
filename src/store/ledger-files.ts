/** Reads a ledger document from a JSON file or from a folder of per-kind JSON files. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors.ts';
import { sectionFiles, sections, type LedgerDocument } from '../app/interchange/interchange.ts';
import { fromTables } from '../app/interchange/ledger-tables.ts';
import { hasCsvTables, readCsvFolder } from '../app/interchange/table-files.ts';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError(
      'not_found',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function readLedgerPath(target: string): LedgerDocument {
  if (!fs.existsSync(target)) throw new AppError('not_found', `no such file or folder: ${target}`);
  if (fs.statSync(target).isDirectory()) {
    const doc: LedgerDocument = {};
    for (const section of sections) {
      const file = sectionFiles[section].map((name) => path.join(target, name)).find((f) => fs.existsSync(f));
      if (!file) continue;
      const records = readJson(file);
      if (!Array.isArray(records))
        throw new AppError('invalid_input', `${file} must hold a JSON array of records`);
      doc[section] = records;
    }
    // A folder of CSV tables, as `ramstein export --format csv` writes it.
    if (Object.keys(doc).length === 0 && hasCsvTables(target)) return fromTables(readCsvFolder(target));
    if (Object.keys(doc).length === 0) {
      throw new AppError(
        'invalid_input',
        `${target} holds none of ${sections.map((s) => sectionFiles[s][0]).join(', ')}`,
      );
    }
    return doc;
  }
  const content = readJson(target);
  const base = path.basename(target);
  const section = sections.find((s) => sectionFiles[s].includes(base));
  if (Array.isArray(content)) {
    if (!section)
      throw new AppError(
        'invalid_input',
        `${target}: a JSON array must be in a file named after its kind (commitments.json…)`,
      );
    return { [section]: content };
  }
  if (!content || typeof content !== 'object')
    throw new AppError('invalid_input', `${target} must hold a ledger object`);
  const doc: LedgerDocument = {};
  for (const s of sections) {
    const records = (content as Record<string, unknown>)[s];
    if (records === undefined) continue;
    if (!Array.isArray(records)) throw new AppError('invalid_input', `${target}: "${s}" must be an array`);
    doc[s] = records;
  }
  if (Object.keys(doc).length === 0)
    throw new AppError(
      'invalid_input',
      `${target} is not a ledger: it holds none of ${sections.map((s) => `"${s}"`).join(', ')}`,
    );
  return doc;
}
