/** Claims: figures attributed to someone (reported totals), kept even when they disagree. */
import { z } from 'zod';
import {
  isoDate,
  majorAmount,
  moneyAlt,
  moneyAltOutput,
  partyCode,
  qualifier,
  recordCommon,
  recordId,
} from '../ledger/fields.ts';
import {
  fromStoredAlts,
  toMoneyOutput,
  toStoredAlts,
  toStoredMoney,
  type StoredAlt,
} from '../ledger/money.ts';
import { requireParties } from '../ledger/references.ts';
import {
  recordMeta,
  sourcesAsInput,
  type RecordKind,
  type Row,
  citedFields,
  storedFields,
  patchOf,
} from '../records/record-kind.ts';

const fields = {
  subject: z.string().min(1).max(500),
  party: partyCode.nullable().optional(),
  measure: z.string().max(50).nullable().optional(),
  amount: majorAmount.nullable().optional(),
  currency: z.string().length(3).nullable().optional(),
  qualifier: qualifier.nullable().optional(),
  amount_alt: z.array(moneyAlt).max(20).optional(),
  as_of: isoDate.nullable().optional(),
  claimed_by: z.string().max(300).nullable().optional(),
  note: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

const input = z.object({ id: recordId.optional(), ...fields }).strict();
export type ClaimInput = z.infer<typeof input>;

const output = z
  .object({
    id: z.string(),
    subject: z.string(),
    party: z.string().nullable(),
    measure: z.string().nullable(),
    amount: z.string().nullable(),
    amount_minor: z.string().nullable(),
    currency: z.string().nullable(),
    qualifier: qualifier.nullable(),
    amount_alt: z.array(moneyAltOutput),
    as_of: z.string().nullable(),
    claimed_by: z.string().nullable(),
    note: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Claim' });
export type ClaimOutput = z.infer<typeof output>;

export const claimKind: RecordKind<ClaimInput, ClaimOutput> = {
  type: 'claim',
  table: 'claims',
  visibility: true,
  input,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
    await requireParties(db, { party: [i.party], owner_party: [i.owner_party] });
    const money = i.currency
      ? toStoredMoney(
          { amount: i.amount ?? null, currency: i.currency, qualifier: i.qualifier ?? undefined },
          'amount',
        )
      : null;
    return {
      subject: i.subject,
      party: i.party ?? null,
      measure: i.measure ?? null,
      amount_minor: money?.minor ?? null,
      currency: money?.currency ?? null,
      qualifier: money?.qualifier ?? i.qualifier ?? null,
      amount_alt: JSON.stringify(toStoredAlts(i.amount_alt, 'amount_alt')),
      as_of: i.as_of ?? null,
      claimed_by: i.claimed_by ?? null,
      confidence: i.confidence ?? null,
      note: i.note ?? null,
      visibility: i.visibility ?? 'public',
      owner_party: i.owner_party ?? null,
    };
  },
  toInput: ({ version: _v, created_at: _c, updated_at: _u, amount_minor: _m, sources, ...rest }) => ({
    ...rest,
    sources: sourcesAsInput(sources),
  }),
  toView: (row: Row, linked) => {
    const currency = row.currency as string | null;
    const money = currency
      ? toMoneyOutput(row.amount_minor as bigint | null, currency, row.qualifier as string)
      : null;
    return {
      id: row.id,
      subject: row.subject as string,
      party: row.party as string | null,
      measure: row.measure as string | null,
      amount: money?.amount ?? null,
      amount_minor: money?.amount_minor ?? null,
      currency,
      qualifier: row.qualifier as ClaimOutput['qualifier'],
      amount_alt: fromStoredAlts(row.amount_alt as StoredAlt[]),
      as_of: row.as_of as string | null,
      claimed_by: row.claimed_by as string | null,
      note: row.note as string | null,
      sources: linked,
      confidence: row.confidence as ClaimOutput['confidence'],
      visibility: row.visibility as ClaimOutput['visibility'],
      owner_party: row.owner_party as string | null,
      ...recordMeta(row),
    };
  },
};
