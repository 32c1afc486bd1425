/** Turns validated input into the stored row and lines, checking every reference it makes. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { parties } from '../../store/repositories/parties.ts';
import type { LineRow, NewCommitment } from '../../store/repositories/commitments.ts';
import { requireParties, requireRecords } from '../ledger/references.ts';
import { toStoredAlts, toStoredMoney } from '../ledger/money.ts';
import type { CommitmentInput } from './commitment.types.ts';

export type CommitmentFields = Omit<CommitmentInput, 'id' | 'events' | 'status_history'>;

export const newCommitmentId = () => `c-${randomUUID().slice(0, 13)}`;

/** "US (Raytheon)" → US: a supplier written as a party, or a party with a company in brackets. */
async function supplierParty(db: Queryable, supplier: string | null | undefined): Promise<string | null> {
  const code = supplier?.match(/^([A-Z]{2,8})(\s*\(.*\))?$/)?.[1];
  if (!code) return null;
  return (await parties.get(db, code))?.code ?? null;
}

export async function toCommitmentRow(
  db: Queryable,
  id: string,
  input: CommitmentFields,
): Promise<{ row: NewCommitment; lines: Omit<LineRow, 'commitment_id'>[] }> {
  const items = input.items ?? [];
  await requireParties(db, {
    donor: [input.donor],
    co_donors: input.co_donors ?? [],
    recipient: [input.recipient],
    supplier_party: [input.supplier_party],
    owner_party: [input.owner_party],
  });
  await requireRecords(db, 'package', 'package', [input.package]);
  await requireRecords(db, 'meeting', 'announced_at', [input.announced_at]);
  await requireRecords(
    db,
    'equipment',
    'items',
    items.map((i) => i.equipment),
  );
  if (input.replenishes) {
    if (input.replenishes === id)
      throw new AppError('invalid_input', 'replenishes: a commitment cannot replenish itself');
    await requireRecords(db, 'commitment', 'replenishes', [input.replenishes]);
  }
  items.forEach((item, i) => {
    if (!item.equipment && !item.category) {
      throw new AppError('invalid_input', `items.${i}: name the equipment or its category`, {
        issues: [{ field: `items.${i}.equipment`, message: 'name the equipment or its category' }],
      });
    }
  });
  const money = input.money ? toStoredMoney(input.money, 'money') : null;
  return {
    row: {
      id,
      donor: input.donor,
      co_donors: input.co_donors ?? [],
      recipient: input.recipient,
      mode: input.mode ?? null,
      supplier: input.supplier ?? null,
      supplier_party: input.supplier_party ?? (await supplierParty(db, input.supplier)),
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
