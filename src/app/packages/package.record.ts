/**
 * Packages: pooled purchases (PURL-style) with their funders and shares. Counting rule: the
 * money is attributed to the funders, once; the package itself is never a donor.
 */
import { z } from 'zod';
import { statuses } from '../../domain/ledger/vocabulary.ts';
import type { Queryable } from '../../store/database.ts';
import { packageFunders, type FunderRow } from '../../store/repositories/records.ts';
import {
  isoDate,
  majorAmount,
  moneyAlt,
  moneyAltOutput,
  moneyInput,
  moneyOutput,
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
import { requireParties, requireRecords } from '../ledger/references.ts';
import {
  recordMeta,
  sourcesAsInput,
  type RecordKind,
  type Row,
  citedFields,
  storedFields,
  patchOf,
} from '../records/record-kind.ts';

const funder = z
  .object({
    party: partyCode,
    amount: majorAmount.nullable().optional(),
    currency: z.string().length(3).nullable().optional(),
    qualifier: qualifier.nullable().optional(),
    commitment_id: recordId.nullable().optional(),
  })
  .strict();

const fields = {
  name: z.string().min(1).max(300),
  mechanism: z.string().max(50).optional(),
  value: moneyInput.nullable().optional(),
  value_alt: z.array(moneyAlt).max(20).optional(),
  funders: z.array(funder).max(100).optional(),
  supplier: z.string().max(300).nullable().optional(),
  contents_summary: z.string().max(5000).nullable().optional(),
  announced_on: isoDate.nullable().optional(),
  status: z.enum(statuses).optional(),
  note: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

const input = z.object({ id: recordId.optional(), ...fields }).strict();
export type PackageInput = z.infer<typeof input>;

const funderOutput = z.object({
  party: z.string(),
  amount: z.string().nullable(),
  amount_minor: z.string().nullable(),
  currency: z.string().nullable(),
  qualifier: qualifier.nullable(),
  commitment_id: z.string().nullable(),
});

const output = z
  .object({
    id: z.string(),
    name: z.string(),
    mechanism: z.string(),
    value: moneyOutput.nullable(),
    value_alt: z.array(moneyAltOutput),
    funders: z.array(funderOutput),
    supplier: z.string().nullable(),
    contents_summary: z.string().nullable(),
    announced_on: z.string().nullable(),
    status: z.enum(statuses),
    note: z.string().nullable(),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'Package' });
export type PackageOutput = z.infer<typeof output>;

export async function saveFunders(
  tx: Queryable,
  id: string,
  funders: PackageInput['funders'],
  linkCommitments = true,
) {
  const list = funders ?? [];
  await requireParties(tx, { funders: list.map((f) => f.party) });
  if (linkCommitments)
    await requireRecords(
      tx,
      'commitment',
      'funders',
      list.map((f) => f.commitment_id),
    );
  await packageFunders.replace(
    tx,
    id,
    list.map((f, i) => {
      const money = f.currency
        ? toStoredMoney(
            { amount: f.amount ?? null, currency: f.currency, qualifier: f.qualifier ?? undefined },
            `funders.${i}`,
          )
        : null;
      return {
        party: f.party,
        amount_minor: money?.minor ?? null,
        currency: money?.currency ?? null,
        qualifier: money?.qualifier ?? f.qualifier ?? null,
        commitment_id: linkCommitments ? (f.commitment_id ?? null) : null,
      };
    }),
  );
}

export const packageKind: RecordKind<PackageInput, PackageOutput> = {
  type: 'package',
  table: 'packages',
  visibility: true,
  input,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
    await requireParties(db, { owner_party: [i.owner_party] });
    const value = i.value ? toStoredMoney(i.value, 'value') : null;
    return {
      name: i.name,
      mechanism: i.mechanism ?? 'PURL',
      value_minor: value?.minor ?? null,
      value_currency: value?.currency ?? null,
      value_qualifier: value?.qualifier ?? null,
      value_alt: JSON.stringify(toStoredAlts(i.value_alt, 'value_alt')),
      supplier: i.supplier ?? null,
      contents_summary: i.contents_summary ?? null,
      announced_on: i.announced_on ?? null,
      status: i.status ?? 'announced',
      confidence: i.confidence ?? null,
      note: i.note ?? null,
      visibility: i.visibility ?? 'public',
      owner_party: i.owner_party ?? null,
    };
  },
  toInput: ({ version: _v, created_at: _c, updated_at: _u, sources, value, funders, ...rest }) => ({
    ...rest,
    value: value && { amount: value.amount, currency: value.currency, qualifier: value.qualifier },
    funders: funders.map(({ amount_minor: _m, ...f }) => f),
    sources: sourcesAsInput(sources),
  }),
  toView: (row: Row, linked, children) => ({
    id: row.id,
    name: row.name as string,
    mechanism: row.mechanism as string,
    value: row.value_currency
      ? (toMoneyOutput(
          row.value_minor as bigint | null,
          row.value_currency as string,
          row.value_qualifier as string,
        ) as PackageOutput['value'])
      : null,
    value_alt: fromStoredAlts(row.value_alt as StoredAlt[]),
    funders: ((children.get(row.id) ?? []) as FunderRow[]).map((f) => ({
      party: f.party,
      ...(f.currency
        ? toMoneyOutput(f.amount_minor, f.currency, f.qualifier ?? 'exact')
        : { amount: null, amount_minor: null, currency: null }),
      qualifier: f.qualifier as PackageOutput['funders'][number]['qualifier'],
      commitment_id: f.commitment_id,
    })),
    supplier: row.supplier as string | null,
    contents_summary: row.contents_summary as string | null,
    announced_on: row.announced_on as string | null,
    status: row.status as PackageOutput['status'],
    note: row.note as string | null,
    sources: linked,
    confidence: row.confidence as PackageOutput['confidence'],
    visibility: row.visibility as PackageOutput['visibility'],
    owner_party: row.owner_party as string | null,
    ...recordMeta(row),
  }),
  children: {
    load: (db, ids) => packageFunders.of(db, ids),
    save: (_ctx, tx, id, i) => saveFunders(tx, id, i.funders),
  },
  speaksFor: (i) => (i.funders ?? []).map((f) => f.party),
};
