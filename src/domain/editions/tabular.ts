/**
 * Editions' tables as flat rows for the terminal and CSV: EUR in billions (3 decimals) and exact EUR,
 * from the records or from their JSON form (cents as decimal strings), which the command line reads.
 */
import type { Json } from '../json.ts';
import { formatScaled } from '../money/decimal.ts';
import { centsToBillions } from './amounts.ts';
import type { DiffRow, DonorTableRow } from './donor-table.ts';
import { donorTableSeries } from './edition.ts';
import type { ReconcileRow } from './reconcile.ts';

type Cell = string | number | null;

type Cents = bigint | string | null;
type Either<T> = T | Json<T>;

export const bn = (cents: Cents) => (cents === null ? null : centsToBillions(BigInt(cents)));
export const eur = (cents: Cents) => (cents === null ? null : formatScaled(BigInt(cents), 2));

const short: Record<(typeof donorTableSeries)[number], string> = {
  'allocation.military': 'military',
  'allocation.financial': 'financial',
  'allocation.humanitarian': 'humanitarian',
  'allocation.total': 'allocated',
  'commitment.total': 'committed',
};

/** Terminal: billions. CSV: exact EUR. */
export function donorTableRows(
  rows: readonly Either<DonorTableRow>[],
  exact: boolean,
): Record<string, Cell>[] {
  const money = exact ? eur : bn;
  return rows.map((r) => ({
    party: r.party_code,
    donor: r.donor_name,
    ...Object.fromEntries(
      donorTableSeries.map((s) => [exact ? `${short[s]}_eur` : `${short[s]}_bn`, money(r.values[s])]),
    ),
  }));
}

export function diffRows(rows: readonly Either<DiffRow>[], exact: boolean): Record<string, Cell>[] {
  const money = exact ? eur : bn;
  const unit = exact ? 'eur' : 'bn';
  return rows.map((r) => ({
    party: r.party_code,
    donor: r.donor_name,
    measure: short[r.series],
    [`from_${unit}`]: money(r.from_minor),
    [`to_${unit}`]: money(r.to_minor),
    [`change_${unit}`]: money(r.change_minor),
    status: r.status,
  }));
}

export function reconcileRows(rows: readonly Either<ReconcileRow>[], exact: boolean): Record<string, Cell>[] {
  const money = exact ? eur : bn;
  const unit = exact ? 'eur' : 'bn';
  return rows.map((r) => ({
    party: r.party_code,
    donor: r.donor_name,
    [`ledger_committed_${unit}`]: r.ledger ? money(r.ledger.committed_minor) : null,
    [`ledger_delivered_${unit}`]: r.ledger ? money(r.ledger.delivered_minor) : null,
    [`edition_committed_${unit}`]: money(
      r.edition?.military_committed_minor ?? r.edition?.committed_minor ?? null,
    ),
    [`edition_military_allocated_${unit}`]: money(r.edition?.military_allocated_minor ?? null),
    [`edition_allocated_${unit}`]: money(r.edition?.allocated_minor ?? null),
    [`committed_difference_${unit}`]: money(r.committed_difference_minor),
    [`delivered_difference_${unit}`]: money(r.delivered_difference_minor),
    reasons: r.reasons.map((x) => x.code).join(' '),
    ...(exact ? { reason_text: r.reasons.map((x) => x.text).join(' | ') } : {}),
  }));
}
