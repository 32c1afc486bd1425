/** Turns validated input into the stored row and lines, checking every reference it makes. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import type { LineRow, NewCommitment } from '../../store/repositories/commitments.ts';
import {
  checkReferences,
  loadKnownReferences,
  type KnownReferences,
  type ReferenceCheck,
} from '../ledger/references.ts';
import { toStoredAlts, toStoredMoney } from '../ledger/money.ts';
import type { CommitmentInput } from './commitment.types.ts';

export type CommitmentFields = Omit<CommitmentInput, 'id' | 'events' | 'status_history'>;

export const newCommitmentId = () => `c-${randomUUID().slice(0, 13)}`;

/** "US (Raytheon)" → US: a supplier written as a party, or a party with a company in brackets. */
export const supplierCode = (supplier: string | null | undefined) =>
  supplier?.match(/^([A-Z]{2,8})(\s*\(.*\))?$/)?.[1] ?? null;

/** Every code and id the commitment names, by field; the supplier's code is looked up, not required. */
export function commitmentReferences(input: CommitmentFields): ReferenceCheck[] {
  return [
    { kind: 'party', field: 'donor', values: [input.donor] },
    { kind: 'party', field: 'co_donors', values: input.co_donors ?? [] },
    { kind: 'party', field: 'recipient', values: [input.recipient] },
    { kind: 'party', field: 'supplier_party', values: [input.supplier_party] },
    { kind: 'party', field: 'owner_party', values: [input.owner_party] },
    { kind: 'package', field: 'package', values: [input.package] },
    { kind: 'meeting', field: 'announced_at', values: [input.announced_at] },
    { kind: 'equipment', field: 'items', values: (input.items ?? []).map((i) => i.equipment) },
    { kind: 'commitment', field: 'replenishes', values: [input.replenishes] },
  ];
}

export async function toCommitmentRow(
  db: Queryable,
  id: string,
  input: CommitmentFields,
): Promise<{ row: NewCommitment; lines: Omit<LineRow, 'commitment_id'>[] }> {
  const known = await loadKnownReferences(db, [
    ...commitmentReferences(input),
    { kind: 'party', field: 'supplier', values: [supplierCode(input.supplier)] },
  ]);
  return commitmentRow(known, id, input);
}

/** The stored row and lines, checked against references loaded beforehand (one lookup for many records). */
export function commitmentRow(
  known: KnownReferences,
  id: string,
  input: CommitmentFields,
): { row: NewCommitment; lines: Omit<LineRow, 'commitment_id'>[] } {
  const items = input.items ?? [];
  if (input.replenishes === id)
    throw new AppError('invalid_input', 'replenishes: a commitment cannot replenish itself');
  checkReferences(known, commitmentReferences(input));
  items.forEach((item, i) => {
    if (!item.equipment && !item.category) {
      throw new AppError('invalid_input', `items.${i}: name the equipment or its category`, {
        issues: [{ field: `items.${i}.equipment`, message: 'name the equipment or its category' }],
      });
    }
  });
  const supplier = supplierCode(input.supplier);
  const money = input.money ? toStoredMoney(input.money, 'money') : null;
  return {
    row: {
      id,
      donor: input.donor,
      co_donors: input.co_donors ?? [],
      recipient: input.recipient,
      mode: input.mode ?? null,
      supplier: input.supplier ?? null,
      supplier_party: input.supplier_party ?? (supplier && known.party.has(supplier) ? supplier : null),
      package_id: input.package ?? null,
      money_minor: money?.minor ?? null,
      money_currency: money?.currency ?? null,
      money_qualifier: money?.qualifier ?? null,
      money_value_date: money ? (input.money?.value_date ?? input.announced_on ?? null) : null,
      money_alt: toStoredAlts(input.money_alt, 'money_alt'),
      announced_on: input.announced_on ?? null,
      meeting_id: input.announced_at ?? null,
      replenishes: input.replenishes ?? null,
      confidence: input.confidence ?? null,
      notes: input.note ?? null,
      visibility: input.visibility ?? 'public',
      owner_party: input.owner_party ?? input.donor,
    },
    lines: items.map((item, i) => ({
      line_no: i + 1,
      equipment_id: item.equipment ?? null,
      category: item.category ?? null,
      quantity: item.quantity === null || item.quantity === undefined ? null : BigInt(item.quantity),
      quantity_qualifier:
        item.quantity_qualifier ?? (item.quantity === null || item.quantity === undefined ? null : 'exact'),
    })),
  };
}
