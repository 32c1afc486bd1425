import * as z from 'zod';
import { eventKinds, modeAliases, modes, statuses } from '../../domain/ledger/vocabulary.ts';
import {
  isoDate,
  moneyAlt,
  moneyAltOutput,
  moneyInput,
  moneyOutput,
  partyCode,
  qualifier,
  recordCommon,
  recordId,
  sourceOutput,
  sourceRef,
  visibility,
} from '../ledger/fields.ts';

export const mode = z.preprocess(
  (v) => (typeof v === 'string' && v in modeAliases ? modeAliases[v] : v),
  z.enum(modes),
);

export const commitmentLineInput = z
  .object({
    equipment: recordId.nullable().optional(),
    category: z.string().max(64).nullable().optional(),
    quantity: z
      .number()
      .int('must be a whole number')
      .nonnegative('must not be negative')
      .max(1e12)
      .nullable()
      .optional(),
    quantity_qualifier: qualifier.nullable().optional(),
  })
  .strict();

export const commitmentEventInput = z
  .object({
    kind: z.enum(eventKinds).default('status'),
    status: z.enum(statuses).nullable().optional(),
    date: isoDate,
    planned_on: isoDate.nullable().optional(),
    line: z.number().int().min(1).nullable().optional(),
    quantity: z.number().int().positive('must be positive').max(1e12).nullable().optional(),
    increase: z.boolean().default(false),
    until: isoDate.nullable().optional(),
    corrects: z.number().int().min(1).nullable().optional(),
    source: sourceRef.nullable().optional(),
    note: z.string().max(4000).nullable().optional(),
  })
  .strict();
export type CommitmentEventInput = z.infer<typeof commitmentEventInput>;

const statusHistoryEntry = z
  .object({
    status: z.enum(statuses),
    date: isoDate,
    source: sourceRef.nullable().optional(),
    note: z.string().optional(),
  })
  .strict();

const commitmentFields = {
  donor: partyCode,
  co_donors: z.array(partyCode).max(100).optional(),
  recipient: partyCode,
  mode: mode.nullable().optional(),
  supplier: z.string().max(200).nullable().optional(),
  supplier_party: partyCode.nullable().optional(),
  package: recordId.nullable().optional(),
  items: z.array(commitmentLineInput).max(500).optional(),
  money: moneyInput.nullable().optional(),
  money_alt: z.array(moneyAlt).max(20).optional(),
  announced_on: isoDate.nullable().optional(),
  announced_at: recordId.nullable().optional(),
  replenishes: recordId.nullable().optional(),
  note: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

export const commitmentInput = z
  .object({
    id: recordId.optional(),
    ...commitmentFields,
    events: z.array(commitmentEventInput).max(1000).optional(),
    status_history: z.array(statusHistoryEntry).max(1000).optional(),
  })
  .strict();
export type CommitmentInput = z.infer<typeof commitmentInput>;

/** An update names the version it was based on; every other field is optional. */
export const commitmentPatch = z
  .object({ version: z.number().int().min(1), ...commitmentFields })
  .partial()
  .required({ version: true })
  .strict();
export type CommitmentPatch = z.infer<typeof commitmentPatch>;

export const commitmentEventOutput = z.object({
  seq: z.number().int(),
  kind: z.enum(eventKinds),
  status: z.enum(statuses).nullable(),
  date: z.string(),
  planned_on: z.string().nullable(),
  line: z.number().int().nullable(),
  quantity: z.number().int().nullable(),
  increase: z.boolean(),
  until: z.string().nullable(),
  corrects: z.number().int().nullable(),
  source: z.string().nullable().describe('URL (or id) of the source'),
  note: z.string().nullable(),
});

export const commitmentOutput = z
  .object({
    id: z.string(),
    donor: z.string(),
    co_donors: z.array(z.string()),
    recipient: z.string(),
    mode: z.enum(modes).nullable(),
    supplier: z.string().nullable(),
    supplier_party: z.string().nullable(),
    package: z.string().nullable(),
    items: z.array(
      z.object({
        line: z.number().int(),
        equipment: z.string().nullable(),
        category: z.string().nullable(),
        quantity: z.number().int().nullable(),
        quantity_qualifier: qualifier.nullable(),
        delivered: z.number().int().describe('Delivered on the date of the state'),
      }),
    ),
    money: moneyOutput.nullable(),
    money_alt: z.array(moneyAltOutput),
    announced_on: z.string().nullable(),
    announced_at: z.string().nullable(),
    replenishes: z.string().nullable(),
    is_aid: z.boolean().describe('False for sales and replenishments, which never count as aid'),
    state: z.object({
      status: z.enum(statuses),
      as_of: z.string().nullable(),
      suspended: z.object({ since: z.string(), until: z.string().nullable() }).nullable(),
      planned_on: z.string().nullable(),
      last_event_on: z.string().nullable(),
    }),
    events: z.array(commitmentEventOutput),
    sources: z.array(sourceOutput),
    confidence: z.string().nullable(),
    note: z.string().nullable(),
    visibility,
    owner_party: z.string(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    value_eur: z
      .string()
      .nullable()
      .optional()
      .describe(
        'In lists: the money in EUR at the ECB rate of its value date (major units); null when it has no money or no rate',
      ),
  })
  .meta({ id: 'Commitment' });
export type CommitmentOutput = z.infer<typeof commitmentOutput>;
