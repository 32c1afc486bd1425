/** Commitments in a report's scope with their values on every valuation basis, in EUR minor units. */
import type { Actor } from '../../domain/access/actor.ts';
import { impliedLineValue, type LineValues, type ValuedCommitment } from '../../domain/reports/valuation.ts';
import type { Queryable } from '../../store/database.ts';
import {
  valuations,
  type ValuationScope,
  type ValuedCommitmentRow,
} from '../../store/repositories/valuations.ts';
import { kielValuation } from '../../store/valuation-files.ts';

const minor = (text: string | null) => (text === null ? null : BigInt(text));

export interface ScopedCommitment {
  row: ValuedCommitmentRow;
  valued: ValuedCommitment;
}

export async function loadValuedCommitments(
  db: Queryable,
  actor: Actor,
  scope: ValuationScope,
): Promise<{ commitments: ScopedCommitment[]; kielEdition: string }> {
  const { commitments, lines } = await valuations.commitments(db, actor, scope);
  const kiel = kielValuation();
  const donorOf = new Map(commitments.map((c) => [c.id, c.donor]));
  const byCommitment = new Map<string, LineValues[]>();
  for (const l of lines) {
    const category = l.equipment_id ? kiel.categoryOf.get(l.equipment_id) : undefined;
    const quantity = minor(l.quantity);
    const values: LineValues = {
      catalogue: minor(l.catalogue_eur),
      kiel:
        category && quantity !== null
          ? impliedLineValue(kiel.weapons, donorOf.get(l.commitment_id)!, category, quantity)
          : null,
      declared: minor(l.declared_eur),
    };
    byCommitment.set(l.commitment_id, [...(byCommitment.get(l.commitment_id) ?? []), values]);
  }
  return {
    kielEdition: kiel.label,
    commitments: commitments.map((row) => ({
      row,
      valued: { record: minor(row.record_eur), lines: byCommitment.get(row.id) ?? [] },
    })),
  };
}
