/** Input and output schemas of the follow-through report. */
import * as z from 'zod';
import { meetingKinds } from '../../domain/ledger/vocabulary.ts';
import { pipelineStatuses } from '../../domain/reports/pipeline.ts';
import { valuationBases } from '../../domain/reports/valuation.ts';
import { conversionSummary, isoDate, kielEdition, reportNoteIds, valuationBasis } from './report.types.ts';

export const followThroughInput = z.object({
  meeting: z.string().min(1).max(100).nullable().default(null).describe('Only this meeting'),
  as_of: isoDate.nullable().default(null).describe('As known on this date; today when omitted'),
  valuation: valuationBasis,
});
export type FollowThroughInput = z.input<typeof followThroughInput>;

const figure = z.object({
  amount: z.string().describe('EUR, exact decimal string'),
  amount_minor: z.string().describe('Integer minor units (cents)'),
});
const stage = {
  count: z.number().int(),
  value: figure,
  units: z.string().describe('Equipment units, all kinds summed, integer string'),
};
const pct = z.string().nullable().describe('Percent of the announced figure, 2 decimals, half to even');
const range = z.object({
  low: figure,
  high: figure,
  by_basis: z.record(z.enum(valuationBases), figure),
});

export const followThroughReport = z
  .object({
    as_of: z.string(),
    currency: z.literal('EUR'),
    valuation: z.enum(valuationBases),
    meetings: z.array(
      z.object({
        meeting: z.object({
          id: z.string(),
          kind: z.enum(meetingKinds),
          number: z.number().int().nullable(),
          date: z.string(),
          place: z.string().nullable(),
        }),
        commitments: z.number().int(),
        announced: z.object(stage),
        committed: z.object({ ...stage, value_pct: pct }),
        contracted: z.object({ ...stage, value_pct: pct }),
        delivered: z.object({ ...stage, value_pct: pct, units_pct: pct }),
        cancelled: z.number().int(),
        unvalued: z.number().int().describe('Commitments with no value on any basis: counted, not valued'),
        estimated: figure.describe('Part of the announced value that is an estimate, not recorded money'),
        range: z
          .object({ announced: range, delivered: range })
          .nullable()
          .describe('The totals on every valuation basis, when they include estimates'),
        items: z.array(
          z.object({
            id: z.string(),
            donor: z.string(),
            announced_on: z.string(),
            status: z.enum(pipelineStatuses),
            value: figure.nullable(),
            basis: z.enum(valuationBases).nullable(),
            delivered_value: figure.nullable(),
            units: z.string(),
            delivered_units: z.string(),
            first_delivery_on: z.string().nullable(),
            full_delivery_on: z.string().nullable(),
          }),
        ),
      }),
    ),
    donors: z.array(
      z.object({
        donor: z.string(),
        commitments: z.number().int(),
        first_delivery: z.object({
          count: z.number().int(),
          median_days: z.string().nullable().describe('Exact median, days from announcement'),
        }),
        full_delivery: z.object({ count: z.number().int(), median_days: z.string().nullable() }),
      }),
    ),
    kiel_edition: kielEdition,
    conversion: conversionSummary,
    rules: z.array(z.string()),
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: reportNoteIds,
  })
  .meta({ id: 'FollowThroughReport' });
export type FollowThroughReport = z.infer<typeof followThroughReport>;
