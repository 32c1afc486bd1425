/** Input and output schemas of the reports, shared by the API (OpenAPI) and the CLI. */
import * as z from 'zod';
import { pipelineStatuses } from '../../domain/reports/pipeline.ts';
import { burdenRuleIds, noteIds, ruleIds } from '../../domain/reports/report-notes.ts';
import { valuationBases } from '../../domain/reports/valuation.ts';
import { isoDate, partyCode, qualifier } from '../ledger/fields.ts';

export const reportCurrency = z.enum(['EUR', 'USD']);

export const valuationBasis = z
  .enum(valuationBases)
  .default('record')
  .describe('Valuation basis of in-kind lines: record (then catalogue), catalogue, kiel or declared');

const figure = z.object({
  amount: z.string().describe('Major units, exact decimal string'),
  amount_minor: z.string().describe('Integer minor units'),
});

/** The edition behind the `kiel` valuation basis, as known on the report date; null: none imported. */
export const reportEdition = z.object({
  id: z.string(),
  title: z.string(),
  release: z.string(),
  cut_off: z.string().nullable(),
  published_on: z.string(),
  attribution: z.string(),
});

export const kielEdition = reportEdition
  .nullable()
  .describe(
    'The Kiel edition whose heavy weapons give the kiel valuation basis (the latest published by the report date); null when none is imported (the basis then falls back to record values) or when the report values no commitment',
  );

/** A committed total on every valuation basis, when it includes estimates. */
const basisRange = z
  .object({ low: figure, high: figure, by_basis: z.record(z.enum(valuationBases), figure) })
  .nullable()
  .describe(
    'The committed value on every valuation basis, with the lowest and highest, when it includes estimates',
  );

const counts = z.object({
  recorded: z.number().int().describe('Commitments valued from their own money'),
  estimated: z.number().int().describe('In-kind commitments valued from catalogue unit values'),
  package_shares: z.number().int().describe('Pooled shares not linked to a commitment'),
  vague: z.number().int().describe('Commitments with a vague amount: counted, not summed'),
  unvalued: z.number().int().describe('Commitments with neither money nor a catalogue value'),
  unconvertible: z.number().int().describe('Amounts without a value date or an ECB rate near it'),
});

/** The last ECB rate date a report used and the amounts it could not convert, with why. */
/** A note by id with its figures (party codes, counts, dates), worded by the client. */
export const reportNote = z
  .object({
    id: z.enum(noteIds),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  })
  .meta({ id: 'ReportNote' });

export const reportNoteIds = z
  .array(reportNote)
  .describe('The same notes by id with their figures, for clients that word them');

/** Rule ids: clients word each rule in their language (docs/reports.md). */
export const reportRuleIds = z
  .array(z.enum(ruleIds).meta({ id: 'ReportRuleId' }))
  .describe('The same rules by id, in the same order, for clients that word them in their language');

export const conversionSummary = z
  .object({
    currency: z.string().describe('The currency amounts were converted to'),
    rate_date: z
      .string()
      .nullable()
      .describe('The latest ECB publication date whose rates were used; null when none was needed'),
    unconverted: z.array(
      z.object({
        record: z.string().describe('Commitment id, package:<id>:<n> for a pooled share, or claim id'),
        donor: z.string().nullable(),
        amount: z.string().describe('Major units, exact decimal string'),
        currency: z.string(),
        value_date: z.string().nullable(),
        reason: z.enum(['no_value_date', 'no_rates', 'before_first_rate', 'after_last_rate', 'rate_gap']),
        text: z.string().describe('The reason in words, with the dates involved'),
      }),
    ),
  })
  .describe('Amounts not converted are in no total; each is listed here')
  .meta({ id: 'ReportConversion' });

const percent = z.string().nullable().describe('Percent, one decimal; null when the total is zero');

/** What part of a committed and a delivered total is estimated from catalogue unit values. */
const estimatedParts = {
  estimated: figure.describe('The part of committed valued from catalogue unit values'),
  estimated_pct: percent.describe('estimated as a percentage of committed'),
  delivered_estimated: figure.describe('The part of delivered valued from catalogue unit values'),
  delivered_estimated_pct: percent.describe('delivered_estimated as a percentage of delivered'),
};

export const burdenInput = z.object({
  currency: reportCurrency.default('EUR'),
  recipient: partyCode.default('UA'),
  from: isoDate.nullable().default(null).describe('First announcement date'),
  to: isoDate.nullable().default(null).describe('Last announcement date'),
  as_of: isoDate.nullable().default(null).describe('Only what was announced and happened on or before'),
  gdp_year: z
    .enum(['2021', 'same'])
    .default('2021')
    .describe("2021 GDP, or the GDP of the commitment's year"),
  valuation: valuationBasis,
});
export type BurdenInput = z.input<typeof burdenInput>;

export const burdenReport = z
  .object({
    currency: reportCurrency,
    recipient: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    as_of: z.string().nullable(),
    gdp_year: z.enum(['2021', 'same']),
    valuation: z.enum(valuationBases).describe('The valuation basis of every value in the report'),
    donors: z.array(
      z.object({
        donor: z.string(),
        committed: figure,
        delivered: figure,
        ...estimatedParts,
        share_pct: z.string().nullable().describe('Share of the total committed; the column adds up to 100'),
        gdp_pct: z.string().nullable().describe('Committed value in USD as % of GDP, 4 decimals'),
        gdp_years: z.array(z.number().int()),
        gdp_fallback: z.boolean().describe('The latest available GDP stood in for a missing year'),
        per_capita: figure
          .nullable()
          .describe(
            "Committed value per inhabitant (the latest World Bank population); null when the donor's population is not loaded",
          ),
        counts,
        co_donor_in: z
          .number()
          .int()
          .describe('Commitments where this party is a co-donor (money counted for the lead)'),
        range: basisRange,
      }),
    ),
    totals: z.object({ committed: figure, delivered: figure, ...estimatedParts, counts, range: basisRange }),
    stages: z
      .array(
        z.object({
          stage: z.enum(pipelineStatuses),
          count: z.number().int().describe('Commitments and pooled shares at this status'),
          value: figure,
          estimated: figure.describe('The part of the value estimated from catalogue unit values'),
          estimated_pct: percent,
        }),
      )
      .describe(
        'The committed total by pipeline stage, adding up to it: delivered is the delivered total; each other stage the undelivered value of the commitments at that status',
      ),
    kiel_edition: kielEdition,
    conversion: conversionSummary,
    rules: z.array(z.string()).describe('The counting rules in English'),
    rule_ids: z
      .array(z.enum(burdenRuleIds))
      .describe('The same rules by id, in the same order, for clients that word them in their language'),
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: z
      .array(reportNote)
      .describe('The same notes by id with their figures, for clients that word them'),
  })
  .meta({ id: 'BurdenReport' });
export type BurdenReport = z.infer<typeof burdenReport>;

export { isoDate, partyCode, qualifier };
