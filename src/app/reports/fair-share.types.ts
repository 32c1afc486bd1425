/** Input and output schemas of the fair-share report. */
import * as z from 'zod';
import { valuationBases } from '../../domain/reports/valuation.ts';
import { reportNoteIds, valuationBasis } from './report.types.ts';
import { conversionSummary, kielEdition, reportEdition } from './report.types.ts';

/** `ledger`, or an edition's id, written alone (`kiel-ust-r29`) or prefixed (`edition:kiel-ust-r29`). */
export const EDITION_PREFIX = 'edition:';

export const fairShareInput = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2014)
    .max(2100)
    .nullable()
    .default(null)
    .describe('Year of the contributions; the year before today when omitted'),
  basis: z
    .string()
    .regex(
      /^(ledger|(edition:)?[a-z0-9][a-z0-9._-]{0,99})$/,
      'expected ledger, an edition id such as kiel-ust-r29, or edition:ID',
    )
    .default('ledger')
    .describe(
      "Whose figures: the ledger's commitments (ledger), or an imported edition's military allocations dated in the year (its id, e.g. kiel-ust-r29 or edition:kiel-ust-r29)",
    ),
  valuation: valuationBasis,
});
export type FairShareInput = z.input<typeof fairShareInput>;

const figure = z.object({
  amount: z.string().describe('EUR, exact decimal string'),
  amount_minor: z.string().describe('Integer minor units (cents)'),
});
const measure = z
  .object({
    value: figure.describe('The benchmark'),
    over: figure.describe('Contribution − benchmark: negative when under'),
    ratio_pct: z.string().nullable().describe('Contribution ÷ benchmark, percent, 2 decimals'),
  })
  .nullable();
const edition = z.object({ year: z.number().int(), edition: z.string() }).nullable();

export const fairShareReport = z
  .object({
    year: z.number().int(),
    basis: z.string().describe('ledger, or the id of the edition whose allocations are the contributions'),
    edition: reportEdition
      .nullable()
      .describe('The edition behind the contributions under an edition basis; null under ledger'),
    valuation: z.enum(valuationBases),
    currency: z.literal('EUR'),
    benchmark: z.object({
      id: z.string(),
      name: z.string(),
      pct_gdp: z.string(),
      agreed_at: z.string().nullable(),
      agreed_on: z.string().nullable(),
      sources: z.array(z.string()),
    }),
    donors: z.array(
      z.object({
        donor: z.string(),
        contribution: figure,
        estimated: figure,
        range: z
          .object({
            low: figure,
            high: figure,
            by_basis: z.record(z.enum(valuationBases), figure),
          })
          .nullable()
          .describe('The contribution on every valuation basis, when it includes estimates'),
        pct_gdp: z.string().nullable().describe('Contribution as % of GDP, 3 decimals'),
        rank: z.number().int().nullable(),
        rank_range: z.object({ best: z.number().int(), worst: z.number().int() }).nullable(),
        gdp: edition,
        nato: edition,
        ask: measure,
        gdp_share: measure,
        nato_path: measure,
      }),
    ),
    total: figure,
    gdp_editions: z.array(z.string()),
    nato_editions: z.array(z.string()),
    usd_per_eur: z.string().nullable().describe("Mean of the year's ECB USD reference rates"),
    kiel_edition: kielEdition,
    conversion: conversionSummary,
    rules: z.array(z.string()),
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: reportNoteIds,
  })
  .meta({ id: 'FairShareReport' });
export type FairShareReport = z.infer<typeof fairShareReport>;
