/**
 * Imports one release of an external data set as an edition. The files are checked against the
 * data set's contract and every donor is mapped before anything is written; the same files again
 * change nothing; other contents under an existing edition id are refused (a corrected release
 * is a new edition). Audited.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { DatasetContract } from '../../domain/editions/contract.ts';
import { donorResolver, type DonorMapping } from '../../domain/editions/donors.ts';
import { contentHash, parseKielRelease } from '../../domain/editions/kiel.ts';
import type { EditionFile } from '../../domain/editions/edition.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { readDataFile } from '../../store/data-files.ts';
import { editions } from '../../store/repositories/editions.ts';
import type { AppContext } from '../context.ts';

export const editionSources = ['kiel'] as const;
export type EditionSource = (typeof editionSources)[number];

export interface ImportEditionInput {
  source: EditionSource;
  release: string;
  /** File name → content, as found in the release's folder. */
  files: ReadonlyMap<string, string>;
}

export interface ImportEditionResult {
  id: string;
  status: 'imported' | 'unchanged';
  attribution: string;
  files: EditionFile[];
  figures: number;
  activities: number;
}

export const kielContract = (): DatasetContract => JSON.parse(readDataFile('editions/kiel-ust.json').text);
export const kielDonors = (): DonorMapping => JSON.parse(readDataFile('editions/kiel-donors.json').text);

export async function importEdition(
  ctx: AppContext,
  input: ImportEditionInput,
  /** Told how many figures and activities are stored, of how many, as the import goes. */
  progress: (done: number, total: number) => void = () => undefined,
): Promise<ImportEditionResult> {
  requirePermission(ctx.actor, 'reference:write');
  // The country codes (every language's names) are loaded by the first import, not at start.
  const { partyCodeFromIso3 } = await import('../../store/reference/parties.ts');
  const parsed = parseKielRelease(
    kielContract(),
    input.release,
    input.files,
    donorResolver(kielDonors(), partyCodeFromIso3),
  );
  const hash = contentHash(parsed.files);
  const result = (status: ImportEditionResult['status']): ImportEditionResult => ({
    id: parsed.header.id,
    status,
    attribution: parsed.header.attribution,
    files: parsed.files,
    figures: parsed.figures.length,
    activities: parsed.activities.length,
  });
  const total = parsed.figures.length + parsed.activities.length;
  return ctx.db.transaction(async (tx) => {
    await editions.lockForImport(tx, parsed.header.id);
    const existing = await editions.get(tx, parsed.header.id);
    if (existing) {
      if (existing.content_sha256 === hash) {
        // Every row is already stored.
        progress(total, total);
        return result('unchanged');
      }
      const changed = parsed.files
        .filter((f) => existing.files.find((e) => e.name === f.name)?.sha256 !== f.sha256)
        .map((f) => f.name);
      throw new AppError(
        'conflict',
        `edition ${parsed.header.id} was imported with other contents (${changed.join(', ')} differ); editions never change: a corrected release is a new edition`,
        { details: { edition: parsed.header.id, differing_files: changed } },
      );
    }
    const now = ctx.clock.now();
    let done = 0;
    progress(done, total);
    await editions.insert(
      tx,
      { ...parsed.header, content_sha256: hash, imported_by: ctx.actor.id },
      parsed.files,
      parsed.figures,
      parsed.activities,
      now,
      (rows) => progress((done += rows), total),
    );
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'edition.import',
        recordType: 'edition',
        recordId: parsed.header.id,
        before: null,
        after: {
          ...parsed.header,
          content_sha256: hash,
          files: parsed.files,
          figures: parsed.figures.length,
          activities: parsed.activities.length,
        },
        requestId: ctx.requestId,
      },
      now,
    );
    ctx.log.info({ edition: parsed.header.id }, 'edition imported');
    return result('imported');
  });
}
