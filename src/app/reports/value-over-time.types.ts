/** Input and output schemas of the value-over-time report. */
import * as z from 'zod';
import { seriesModes, valueMeasures, valueOverTimeRules } from '../../domain/reports/value-over-time.ts';
import { conversionSummary, partyCode, reportCurrency } from './report.types.ts';

export const valueOverTimeInput = z.object({
  currency: reportCurrency.default('EUR'),
  recipient: partyCode.default('UA'),
  donors: z
    .string()
    .regex(/^[A-Z0-9-]{2,12}(,[A-Z0-9-]{2,12}){0,49}$/, 'comma-separated party codes')
    .nullable()
    .default(null)
    .describe('Only these donors, comma-separated (DE,FR); every donor when omitted'),
});
export type ValueOverTimeInput = z.input<typeof valueOverTimeInput>;

const figure = z.object({
  amount: z.string().describe('Major units, exact decimal string'),
  amount_minor: z.string().describe('Integer minor units'),
});
const amounts = z.array(z.string()).describe('One exact decimal string per month of `months`');
const line = z.object({ monthly: amounts, cumulative: amounts, total: figure });

export const valueOverTimeReport = z
  .object({
    currency: reportCurrency,
    recipient: z.string(),
    donors: z.array(z.string()).nullable(),
    months: z.array(z.string()).describe('Every month (YYYY-MM) from the first to the last dated record'),
    series: z.array(line.extend({ measure: z.enum(valueMeasures), mode: z.enum(seriesModes) })),
    totals: z.object({ committed: line, delivered: line }),
    undated: z.object({ committed: figure, delivered: figure }),
    counts: z.object({
      valued: z.number().int().describe('Amounts summed: commitments, catalogue valuations, package shares'),
      unconvertible: z.number().int().describe('Amounts without a value date or an ECB rate near it'),
      vague: z.number().int().describe('Commitments with a vague amount: counted, not summed'),
      unvalued: z.number().int().describe('Commitments with neither money nor a catalogue value'),
    }),
    conversion: conversionSummary,
    rules: z.array(z.enum(valueOverTimeRules)).describe('Counting rules, by id'),
    notes: z
      .array(
        z.object({
          id: z.enum(['unconvertible', 'vague', 'unvalued', 'undated']),
          count: z.number().int(),
          committed: z.string().optional(),
          delivered: z.string().optional(),
        }),
      )
      .describe('What the sums leave out, by id with its figures'),
  })
  .meta({ id: 'ValueOverTimeReport' });
export type ValueOverTimeReport = z.infer<typeof valueOverTimeReport>;
