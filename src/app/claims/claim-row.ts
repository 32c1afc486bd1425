/** A claim's input as the row of table `claims`, and the row as the claim's view. */
import type { Queryable } from '../../store/database.ts';
import type { ClaimRow, NewClaim } from '../../store/repositories/claims.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import {
  fromStoredAlts,
  toMoneyOutput,
  toStoredAlts,
  toStoredMoney,
  type StoredAlt,
} from '../ledger/money.ts';
import { requireParties } from '../ledger/references.ts';
import { citedMeta, sourcesAsInput } from '../ledger/stored-records.ts';
import type { ClaimInput, ClaimOutput } from './claim.types.ts';

/** The row of claim `id`, after checking the parties it names. */
export async function toClaimRow(db: Queryable, id: string, i: ClaimInput): Promise<NewClaim> {
  await requireParties(db, { party: [i.party], owner_party: [i.owner_party] });
  const money = i.currency
    ? toStoredMoney(
        { amount: i.amount ?? null, currency: i.currency, qualifier: i.qualifier ?? undefined },
        'amount',
      )
    : null;
  return {
    id,
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
}

export function toClaimView(row: ClaimRow, linked: LinkedSource[]): ClaimOutput {
  const { currency } = row;
  const money = currency ? toMoneyOutput(row.amount_minor, currency, row.qualifier!) : null;
  return {
    id: row.id,
    subject: row.subject,
    party: row.party,
    measure: row.measure,
    amount: money?.amount ?? null,
    amount_minor: money?.amount_minor ?? null,
    currency,
    qualifier: row.qualifier as ClaimOutput['qualifier'],
    amount_alt: fromStoredAlts(row.amount_alt as StoredAlt[]),
    as_of: row.as_of,
    claimed_by: row.claimed_by,
    note: row.note,
    ...citedMeta(row, linked),
  };
}

/** The stored claim as input, so that a patch can be laid over it. */
export const claimAsInput = ({
  version: _v,
  created_at: _c,
  updated_at: _u,
  amount_minor: _m,
  sources,
  ...rest
}: ClaimOutput): ClaimInput => ({ ...rest, sources: sourcesAsInput(sources) });

/** Whose the claim is: its owner, and the party it is made in the name of. */
export const claimOwnership = (row: Pick<NewClaim, 'owner_party' | 'party'>) => ({
  owner: row.owner_party ?? null,
  speaksFor: [row.party],
});
