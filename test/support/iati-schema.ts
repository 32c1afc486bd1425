/**
 * Validates documents against the official IATI 2.03 activity schema with xmllint (Debian's
 * libxml2-utils), from ../shared/data/external/iati beside the clone, as CI has it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const iatiRoot = path.resolve('..', 'shared', 'data', 'external', 'iati');
const schema = path.join(iatiRoot, '2.03', 'iati-activities-schema.xsd');

/** For each file, whether the schema accepts it (one xmllint run for all of them). */
export async function validatesAgainstIati(files: readonly string[]): Promise<Map<string, boolean>> {
  const result = await promisify(execFile)('xmllint', ['--noout', '--nonet', '--schema', schema, ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; code?: number | string }) => {
    if (error.code === 'ENOENT') throw new Error('xmllint is missing: apt-get install libxml2-utils');
    return { stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  });
  const verdicts = new Map<string, boolean>();
  for (const line of result.stderr.split('\n')) {
    const match = /^(.*) (validates|fails to validate)$/.exec(line);
    if (match) verdicts.set(match[1]!, match[2] === 'validates');
  }
  return verdicts;
}

/** The codes of one IATI codelist file (codelists/<name>.xml). */
export function codelist(name: string): Set<string> {
  const xml = readFileSync(path.join(iatiRoot, 'codelists', `${name}.xml`), 'utf8');
  return new Set([...xml.matchAll(/<codelist-item[^>]*>\s*<code>([^<]+)<\/code>/g)].map((m) => m[1]!.trim()));
}
