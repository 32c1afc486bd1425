/** Editions' tables as flat rows for the terminal and CSV: EUR in billions (3 decimals) and exact EUR. */
import { formatScaled } from '../money/decimal.ts';
import { centsToBillions } from './amounts.ts';
import type { DiffRow, DonorTableRow } from './donor-table.ts';
import { donorTableSeries } from './edition.ts';

type Cell = string | number | null;

export const bn = (cents: bigint | null) => (cents === null ? null : centsToBillions(cents));
export const eur = (cents: bigint | null) => (cents === null ? null : formatScaled(cents, 2));

const short: Record<(typeof donorTableSeries)[number], string> = {
  'allocation.military': 'military',
  'allocation.financial': 'financial',
  'allocation.humanitarian': 'humanitarian',
  'allocation.total': 'allocated',
  'commitment.total': 'committed',
};

/** Terminal: billions. CSV: exact EUR. */
export function donorTableRows(rows: readonly DonorTableRow[], exact: boolean): Record<string, Cell>[] {
  const money = exact ? eur : bn;
  return rows.map((r) => ({
    party: r.party_code,
    donor: r.donor_name,
    ...Object.fromEntries(
      donorTableSeries.map((s) => [exact ? `${short[s]}_eur` : `${short[s]}_bn`, money(r.values[s])]),
    ),
  }));
}

export function diffRows(rows: readonly DiffRow[], exact: boolean): Record<string, Cell>[] {
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
