/** The interchange document (docs/interchange.md) as the import takes it and the export sends it. */
import * as z from 'zod';
import { FORMAT, FORMAT_VERSION, sections } from '../../app/interchange/interchange.ts';
import { conversionSummary } from '../../app/reports/report.types.ts';

export const ledgerDocument = z
  .object({
    format: z.literal(FORMAT).optional(),
    version: z.literal(FORMAT_VERSION).optional(),
    ...Object.fromEntries(sections.map((s) => [s, z.array(z.unknown()).max(2_000_000).optional()])),
  })
  .strict()
  .refine((doc) => sections.some((s) => s in doc), {
    message: `a ledger holds one of ${sections.join(', ')}`,
  })
  .describe('A ledger document as `ramstein export --format json` writes it (docs/interchange.md)');

const exportedRecord = z
  .record(z.string(), z.unknown())
  .describe('A record in the shape its section is imported in (docs/interchange.md)');

export const ledgerExport = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(FORMAT_VERSION),
    exchange_rates: conversionSummary
      .optional()
      .describe('The last ECB rate date a reader converting the amounts to EUR would use; ignored on import'),
    ...Object.fromEntries(sections.map((s) => [s, z.array(exportedRecord)])),
  })
  .describe('The ledger as `ramstein export --format json` writes it, sections in import order')
  .meta({ id: 'LedgerExport' });
