/**
 * The reference tables (NATO defence expenditure, World Bank GDP) as editions of their data sets,
 * described in data/editions/reference.json: the same record as a Kiel release, so that "as
 * known on D" and attribution work alike. The tables' figures stay where the reports read them.
 */
import { contentHash } from '../../domain/editions/kiel.ts';
import type { EditionHeader } from '../../domain/editions/edition.ts';
import type { Queryable } from '../../store/database.ts';
import { readDataFile } from '../../store/data-files.ts';
import { editions } from '../../store/repositories/editions.ts';
import type { AppContext } from '../context.ts';

type Described = Omit<EditionHeader, 'layout'> & { file: string };

let described: Record<string, Described> | undefined;
const descriptions = () =>
  (described ??= (
    JSON.parse(readDataFile('editions/reference.json').text) as { datasets: Record<string, Described> }
  ).datasets);

export async function recordReferenceEdition(
  ctx: AppContext,
  db: Queryable,
  name: string,
  checksum: string,
  rows: number,
): Promise<void> {
  const d = descriptions()[name];
  if (!d) return;
  const { file, ...header } = d;
  const files = [{ name: file, sha256: checksum, row_count: rows }];
  const hash = contentHash(files);
  const existing = await editions.recordIfAbsent(
    db,
    { ...header, layout: 'reference-table', content_sha256: hash, imported_by: 'system' },
    files,
    ctx.clock.now(),
  );
  if (existing && existing !== hash)
    ctx.log.warn(
      { edition: d.id, dataset: name },
      'the reference file differs from its recorded edition: describe it as a new edition in data/editions/reference.json',
    );
}
