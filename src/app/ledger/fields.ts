/**
 * Field schemas shared by every ledger record, for the API and the interchange format alike.
 * Input is accepted in the shapes public data sets use (amounts as JSON numbers in major units,
 * long mode names); output is always the canonical shape.
 */
import * as z from 'zod';
import { isCalendarDate } from '../../domain/dates.ts';
import { confidences, qualifiers, visibilities } from '../../domain/ledger/vocabulary.ts';

export const isoDate = z.string().refine(isCalendarDate, 'expected a calendar date YYYY-MM-DD');

export const recordId = z
  .string()
  .min(1)
  .max(120)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'letters, digits, dot, dash and underscore, starting with a letter or digit',
  );

export const partyCode = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{1,31}$/, 'expected a party code such as DE, NATO or UDCG')
  .transform((code) => code.toUpperCase());

export const qualifier = z.enum(qualifiers);
export const visibility = z.enum(visibilities);
export const confidence = z.enum(confidences);

/** A decimal amount in major units: a JSON number (as data sets write it) or a decimal string. */
export const majorAmount = z.union([
  z
    .number()
    .nonnegative('must not be negative')
    .max(1e15, 'implausibly large')
    .transform((n) => String(n)),
  z.string().regex(/^\d{1,16}(\.\d{1,4})?$/, 'expected a non-negative decimal number'),
]);

export const moneyInput = z
  .object({
    amount: majorAmount.nullable(),
    currency: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 code'),
    qualifier: qualifier.optional(),
    value_date: isoDate.nullable().optional(),
  })
  .strict();
export type MoneyInput = z.infer<typeof moneyInput>;

/** The same amount as printed by a source in another currency or wording. */
export const moneyAlt = z
  .object({
    amount: majorAmount.nullable(),
    currency: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 code'),
    qualifier: qualifier.optional(),
    label: z.string().max(100).optional(),
  })
  .strict();
export type MoneyAlt = z.infer<typeof moneyAlt>;

export const moneyAltOutput = z.object({
  amount: z.string().nullable(),
  currency: z.string(),
  qualifier: qualifier,
  label: z.string().optional(),
});

/** A link to a source: a web address only, never a script, data or file URL that exports would carry. */
export const sourceUrl = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).max(2000);

export const sourceRef = z.union([
  sourceUrl,
  z
    .object({
      url: sourceUrl.optional(),
      id: recordId.optional(),
      publisher: z.string().max(200).optional(),
      language: z.string().max(8).optional(),
      published_on: isoDate.optional(),
      title: z.string().max(500).optional(),
      evidence: z
        .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
        .refine((e) => e.end >= e.start, 'evidence ends after it starts')
        .optional(),
      quote: z.string().max(2000).optional(),
    })
    .strict()
    .refine((s) => s.url || s.id, 'a source needs a url or the id of a stored source'),
]);
export type SourceRef = z.infer<typeof sourceRef>;

export const recordCommon = {
  sources: z.array(sourceRef).max(200).optional(),
  confidence: confidence.nullable().optional(),
  visibility: visibility.optional(),
  owner_party: partyCode.nullable().optional(),
};

export interface MoneyOutput {
  amount: string | null;
  amount_minor: string | null;
  currency: string;
  qualifier: string;
  value_date?: string | null;
}

export const moneyOutput = z.object({
  amount: z.string().nullable().describe('Major units, exact decimal; null when the source is vague'),
  amount_minor: z.string().nullable().describe('Integer minor units'),
  currency: z.string(),
  qualifier: qualifier,
  value_date: z
    .string()
    .nullable()
    .optional()
    .describe('Date at which the amount is valued (for conversion)'),
});

export const sourceOutput = z.object({
  id: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  evidence: z.object({ start: z.number(), end: z.number() }).nullable(),
  quote: z.string().nullable(),
});
