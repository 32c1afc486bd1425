/**
 * Exports what the caller may see of the ledger as an IATI 2.03 activities document (the same
 * records as `ramstein export`, so the same visibility), with the codes of data/iati/iati.json.
 */
import { readDataFile } from '../../../store/data-files.ts';
import { parties } from '../../../store/repositories/parties.ts';
import type { AppContext } from '../../context.ts';
import { exportLedger } from '../export-ledger.ts';
import {
  iatiActivities,
  type CommitmentRecord,
  type IatiCodes,
  type IatiDocument,
  type PackageRecord,
} from './iati-activities.ts';

export const iatiCodes = (): IatiCodes => JSON.parse(readDataFile('iati/iati.json').text) as IatiCodes;

export async function exportIati(ctx: AppContext): Promise<IatiDocument> {
  const doc = await exportLedger(ctx);
  const { items } = await parties.list(ctx.db, { limit: 100_000, offset: 0 });
  return iatiActivities(
    {
      commitments: doc.commitments as unknown as CommitmentRecord[],
      packages: doc.packages as unknown as PackageRecord[],
      categories: new Map(doc.equipment.map((e) => [e.id, String(e.category)])),
      parties: new Map(items.map((p) => [p.code, { kind: p.kind, name: p.names.en ?? p.code }])),
      // To the second, as IATI's xsd:dateTime examples write it.
      generatedAt: ctx.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    },
    iatiCodes(),
  );
}
