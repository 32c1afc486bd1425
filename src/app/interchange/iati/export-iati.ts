/**
 * Exports what the caller may see of the ledger as an IATI 2.03 activities document (the same
 * records as `ramstein export`, so the same visibility), with the codes of data/iati/iati.json.
 */
import { conversionLines, type ConversionSummary } from '../../../domain/money/conversion-summary.ts';
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

/** XML comment lines after the declaration: `--` may not appear inside a comment. */
function withComments(xml: string, lines: readonly string[]): string {
  const [declaration, ...rest] = xml.split('\n');
  const comments = lines.map(
    (line) => `<!-- ${line.trim().replace(/-{2,}/g, (d) => d.split('').join(' '))} -->`,
  );
  return [declaration, ...comments, ...rest].join('\n');
}

/**
 * The IATI document; the ledger export it is made from carries its exchange-rate summary.
 * `progress`: the ledger's records read, of how many (see `exportLedger`).
 */
export async function exportIati(
  ctx: AppContext,
  progress?: (done: number, total: number) => void,
): Promise<IatiDocument & { exchangeRates: ConversionSummary }> {
  const doc = await exportLedger(ctx, ctx.db, progress ? { progress } : {});
  // A full export (not the import's comparison) always carries its exchange-rate summary.
  const rates = doc.exchange_rates!;
  const { items } = await parties.list(ctx.db, { limit: 100_000, offset: 0 });
  const iati = iatiActivities(
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
  // Values are in their own currencies (IATI's value/@currency); the rates a reader would convert
  // them at, and those no rate held converts, are said in comments.
  return {
    ...iati,
    xml: withComments(iati.xml, conversionLines(rates)),
    exchangeRates: rates,
  };
}
