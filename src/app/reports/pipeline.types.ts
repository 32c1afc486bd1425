/** Input and output schemas of the pipeline report. */
import * as z from 'zod';
import { pipelineStatuses } from '../../domain/reports/pipeline.ts';
import { conversionSummary, isoDate, partyCode, reportCurrency, reportNoteIds } from './report.types.ts';

export const pipelineInput = z.object({
  currency: reportCurrency.default('EUR'),
  recipient: partyCode
    .nullable()
    .default(null)
    .describe('Only commitments to this recipient; all when omitted'),
  on: isoDate.nullable().default(null).describe('Report date: the state known on it; today when omitted'),
});
export type PipelineInput = z.input<typeof pipelineInput>;

const figure = z.object({
  amount: z.string().describe('Major units, exact decimal string'),
  amount_minor: z.string().describe('Integer minor units'),
});
const status = z.enum(pipelineStatuses);
const listed = {
  id: z.string(),
  donor: z.string(),
  status,
  value: figure.nullable(),
};

export const pipelineReport = z
  .object({
    currency: z.string(),
    recipient: z.string().nullable(),
    on: z.string().describe('Report date'),
    by_status: z.array(
      z.object({ status, count: z.number().int(), value: figure, unvalued: z.number().int() }),
    ),
    by_donor: z.array(
      z.object({
        donor: z.string(),
        count: z.number().int(),
        value: figure,
        unvalued: z.number().int(),
        statuses: z.record(status, z.number().int()),
      }),
    ),
    totals: z.object({
      count: z.number().int(),
      value: figure,
      unvalued: z.number().int().describe('Commitments without a recorded amount: counted, not valued'),
      unconvertible: z.number().int(),
    }),
    suspensions: z.array(
      z.object({
        ...listed,
        planned_on: z.string().nullable(),
        since: z.string(),
        until: z.string().nullable(),
      }),
    ),
    overdue: z.array(
      z
        .object({ ...listed, planned_on: z.string(), days_overdue: z.number().int() })
        .describe('Latest planned date before the report date, neither delivered nor cancelled'),
    ),
    excluded: z
      .object({ sales: z.number().int(), replenishments: z.number().int() })
      .describe('Commitments left out of every count: not aid'),
    conversion: conversionSummary,
    rules: z.array(z.string()),
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: reportNoteIds,
  })
  .meta({ id: 'PipelineReport' });
export type PipelineReport = z.infer<typeof pipelineReport>;
