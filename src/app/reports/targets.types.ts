/** Input and output schemas of the NATO spending-targets report. */
import * as z from 'zod';
import { reportNoteIds } from './report.types.ts';

export const targetsInput = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1949)
    .max(2100)
    .nullable()
    .default(null)
    .describe('Year of the figures; the latest year of the primary edition when omitted'),
  include_secondary: z
    .union([z.boolean(), z.stringbool()])
    .default(false)
    .describe('Add the press-reported estimates as a separate, flagged field'),
});
export type TargetsInput = z.input<typeof targetsInput>;

const lineCheck = z.object({
  line: z.string().describe('Id of the line (see `lines`)'),
  at_or_above: z.boolean(),
  gap_pp: z.string().describe('Percentage points missing to reach the line; 0.00 at or above'),
});

const spending = z.object({
  party: z.string(),
  pct_gdp: z.string().nullable().describe('Defence expenditure, % of GDP (NATO, 2 decimals)'),
  estimate: z.boolean().describe('NATO marks the figure as an estimate'),
  lines: z.array(lineCheck),
  secondary: z
    .object({
      year: z.number().int(),
      pct_gdp: z.string(),
      lines: z.array(lineCheck),
      edition: z.string(),
      source: z.string(),
      flag: z.string(),
    })
    .nullable()
    .describe('Press-reported estimate, only with include_secondary; never part of the primary counts'),
});

const lineCount = z.object({ line: z.string(), at_or_above: z.number().int(), of: z.number().int() });

export const targetsReport = z
  .object({
    year: z.number().int(),
    indicator: z.string(),
    edition: z.string().nullable().describe('The NATO edition the primary figures come from'),
    lines: z.array(
      z.object({
        id: z.string(),
        target_id: z.string(),
        component: z.string().nullable(),
        name: z.string(),
        value: z.string().describe('% of GDP'),
        deadline_year: z.number().int().nullable(),
      }),
    ),
    allies: z.array(spending),
    aggregates: z.array(spending).describe('NATO totals, never counted as allies'),
    counts: z.array(lineCount).describe('Allies at or above each line, of the allies with a figure'),
    secondary_counts: z.array(lineCount).nullable(),
    rules: z.array(z.string()),
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: reportNoteIds,
  })
  .meta({ id: 'TargetsReport' });
export type TargetsReport = z.infer<typeof targetsReport>;
