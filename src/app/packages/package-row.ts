/** A package's input as the rows of tables `packages` and `package_funders`, and those rows as its view. */
import type { Queryable } from '../../store/database.ts';
import {
  packages,
  type FunderRow,
  type NewPackage,
  type PackageRow,
} from '../../store/repositories/packages.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import {
  fromStoredAlts,
  toMoneyOutput,
  toStoredAlts,
  toStoredMoney,
  type StoredAlt,
} from '../ledger/money.ts';
import {
  checkReferences,
  loadKnownReferences,
  requireParties,
  requireRecords,
} from '../ledger/references.ts';
import { citedMeta, recordViews, sourcesAsInput } from '../ledger/stored-records.ts';
import type { PackageInput, PackageOutput } from './package.types.ts';

/** The row of package `id` (its funders apart: saveFunders), after checking its owner. */
export async function toPackageRow(db: Queryable, id: string, i: PackageInput): Promise<NewPackage> {
  await requireParties(db, { owner_party: [i.owner_party] });
  const value = i.value ? toStoredMoney(i.value, 'value') : null;
  return {
    id,
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
}

/** The stored form of a package's funders, in order (their package and position apart). */
function funderRows(funders: PackageInput['funders'], linkCommitments: boolean) {
  return (funders ?? []).map((f, i) => {
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
  });
}

/**
 * Writes the funders of package `id`, in order, after checking the parties and commitments they
 * name (an import links commitments later: `linkCommitments` false leaves them out).
 */
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
  await packages.replaceFunders(tx, id, funderRows(list, linkCommitments));
}

/**
 * The funders of new packages (none has any yet), written together after checking every party
 * they name with one lookup; `check` names the package in its error. Commitments are linked later.
 */
export async function addFundersOfNewPackages(
  tx: Queryable,
  created: readonly { id: string; funders: PackageInput['funders'] }[],
  check: <T>(index: number, work: () => T) => T,
) {
  const parties = (p: { funders: PackageInput['funders'] }) => (p.funders ?? []).map((f) => f.party);
  const known = await loadKnownReferences(tx, [
    { kind: 'party', field: 'funders', values: created.flatMap(parties) },
  ]);
  const rows = created.flatMap((p, index) =>
    check(index, () => {
      checkReferences(known, [{ kind: 'party', field: 'funders', values: parties(p) }]);
      return funderRows(p.funders, false).map((f, position) => ({ ...f, package_id: p.id, position }));
    }),
  );
  await packages.addFunders(tx, rows);
}

export function toPackageView(row: PackageRow, linked: LinkedSource[], funders: FunderRow[]): PackageOutput {
  return {
    id: row.id,
    name: row.name,
    mechanism: row.mechanism,
    value: row.value_currency
      ? (toMoneyOutput(row.value_minor, row.value_currency, row.value_qualifier!) as PackageOutput['value'])
      : null,
    value_alt: fromStoredAlts(row.value_alt as StoredAlt[]),
    funders: funders.map((f) => ({
      party: f.party,
      ...(f.currency
        ? toMoneyOutput(f.amount_minor, f.currency, f.qualifier ?? 'exact')
        : { amount: null, amount_minor: null, currency: null }),
      qualifier: f.qualifier as PackageOutput['funders'][number]['qualifier'],
      commitment_id: f.commitment_id,
    })),
    supplier: row.supplier,
    contents_summary: row.contents_summary,
    announced_on: row.announced_on,
    status: row.status as PackageOutput['status'],
    note: row.note,
    ...citedMeta(row, linked),
  };
}

/** The views of stored packages, each with its funders. */
export async function packageViews(db: Queryable, rows: readonly PackageRow[]): Promise<PackageOutput[]> {
  const funders = await packages.funders(
    db,
    rows.map((r) => r.id),
  );
  return recordViews(db, 'package', rows, (row, linked) =>
    toPackageView(row, linked, funders.get(row.id) ?? []),
  );
}

/** The stored package as input, so that a patch can be laid over it. */
export const packageAsInput = ({
  version: _v,
  created_at: _c,
  updated_at: _u,
  sources,
  value,
  funders,
  ...rest
}: PackageOutput): PackageInput => ({
  ...rest,
  value: value && { amount: value.amount, currency: value.currency, qualifier: value.qualifier },
  funders: funders.map(({ amount_minor: _m, ...f }) => f),
  sources: sourcesAsInput(sources),
});

/** Whose the package is: its owner, and the parties that fund it. */
export const packageOwnership = (
  row: Pick<NewPackage, 'owner_party'>,
  input: Pick<PackageInput, 'funders'>,
) => ({
  owner: row.owner_party ?? null,
  speaksFor: (input.funders ?? []).map((f) => f.party),
});
