/** Output schema of the claims report (reported totals and their conflicts). */
import * as z from 'zod';
import { conversionSummary, reportNoteIds } from './report.types.ts';

const claim = z.object({
  id: z.string(),
  amount: z.string().nullable().describe('Major units, exact decimal string; null when vague'),
  amount_minor: z.string().nullable(),
  currency: z.string().nullable(),
  qualifier: z.string().nullable().describe('exact, about, at_least, at_most or vague'),
  amount_eur: z
    .string()
    .nullable()
    .describe('The amount in EUR at the as-of date, used to compare claims in different currencies'),
  as_of: z.string().nullable(),
  claimed_by: z.string().nullable(),
  sources: z.array(z.string()).describe('Source URLs'),
});

const group = {
  subject: z.string(),
  party: z.string().nullable(),
  measure: z.string().nullable(),
  claims: z.array(claim),
};

export const claimsReport = z
  .object({
    conflicts: z.array(
      z.object({
        ...group,
        pairs: z.array(z.object({ a: z.string(), b: z.string(), days_apart: z.number().int() })),
      }),
    ),
    others: z.array(z.object(group)).describe('Claims in no conflict, by subject, party and measure'),
    counts: z.object({
      claims: z.number().int(),
      in_conflict: z.number().int(),
      conflicts: z.number().int(),
    }),
    conversion: conversionSummary,
    rules: z.array(z.string()),
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: reportNoteIds,
  })
  .meta({ id: 'ClaimsReport' });
export type ClaimsReport = z.infer<typeof claimsReport>;
