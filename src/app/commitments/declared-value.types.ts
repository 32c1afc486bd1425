/** Input and output of a donor's declared value for an in-kind line. */
import * as z from 'zod';
import { isoDate, majorAmount } from '../ledger/fields.ts';

export const declaredValueInput = z
  .object({
    line: z.coerce.number().int().min(1).describe('Line number of the commitment'),
    amount: majorAmount.describe('Declared value of the whole line, major units'),
    currency: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 code'),
    value_date: isoDate.nullable().optional().describe("Date of the value; the commitment's when omitted"),
    source: z.url().max(2000).nullable().optional().describe('Where the donor declared it'),
  })
  .strict();
export type DeclaredValueInput = z.input<typeof declaredValueInput>;

export const declaredValueOutput = z
  .object({
    commitment: z.string(),
    line: z.number().int(),
    amount: z.string(),
    amount_minor: z.string(),
    currency: z.string(),
    value_date: z.string().nullable(),
    declared_by: z.string(),
    source: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'DeclaredValue' });
export type DeclaredValueOutput = z.infer<typeof declaredValueOutput>;
