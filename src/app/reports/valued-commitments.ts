/** Commitments in a report's scope with their values on every valuation basis, in EUR minor units. */
import type { Actor } from '../../domain/access/actor.ts';
import {
  impliedLineValue,
  kielFallbackNote,
  type EditionWeapons,
  type LineValues,
  type ValuedCommitment,
} from '../../domain/reports/valuation.ts';
import { groupBy } from '../../domain/group-by.ts';
import type { ReportNote } from '../../domain/reports/report-notes.ts';
import { parseDecimal, roundRatio } from '../../domain/money/decimal.ts';
import type { Database, Queryable } from '../../store/database.ts';
import { editionReports, type ReportEdition } from '../../store/repositories/edition-reports.ts';
import {
  valuations,
  type ValuationScope,
  type ValuedCommitmentRow,
} from '../../store/repositories/valuations.ts';
import { kielWeaponCategories } from '../../store/valuation-files.ts';

export type { ReportEdition };

const minor = (text: string | null) => (text === null ? null : BigInt(text));

export interface ScopedCommitment {
  row: ValuedCommitmentRow;
  valued: ValuedCommitment;
}

/**
 * The heavy-weapon table of the latest Kiel edition that has one, as known on `on`: the source of
 * the `kiel` basis. Without one, that basis falls back to the record value (and the notes say so).
 */
export async function kielWeaponsAsKnownOn(
  db: Queryable,
  on: string,
): Promise<{ edition: ReportEdition; weapons: EditionWeapons[] } | null> {
  const found = await editionReports.heavyWeaponsAsKnownOn(db, kielWeaponCategories().dataset, on);
  if (!found) return null;
  return {
    edition: found.edition,
    weapons: found.rows.map((r) => ({
      donor: r.party_code,
      category: r.series,
      count: BigInt(r.count),
      valueMinor: BigInt(r.amount_minor),
    })),
  };
}

/**
 * With `estimableOnly`, only the commitments some basis values differently from `record` (for a
 * range around a total computed elsewhere). `currency`: the report currency (EUR unless the burden report asks for USD); Kiel's EUR values
 * are then converted at each commitment's value date, like every other amount.
 */
export async function loadValuedCommitments(
  db: Database,
  actor: Actor,
  { estimableOnly, ...scope }: Omit<ValuationScope, 'estimable'> & { estimableOnly?: boolean },
  knownOn: string,
  currency = 'EUR',
): Promise<{
  commitments: ScopedCommitment[];
  kielEdition: ReportEdition | null;
  notes: ReportNote<'kiel-fallback'>[];
}> {
  const { seriesOf } = kielWeaponCategories();
  const kiel = await kielWeaponsAsKnownOn(db, knownOn);
  const { commitments, lines } = await valuations.commitments(
    db,
    actor,
    { ...scope, estimable: estimableOnly },
    currency,
    kiel ? [...seriesOf.keys()] : [],
  );
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const inCurrency = (row: ValuedCommitmentRow, eur: bigint | null): bigint | null => {
    if (eur === null || currency === 'EUR') return eur;
    if (row.eur_num === null || row.eur_den === null) return null;
    const num = parseDecimal(row.eur_num, 'rate');
    const den = parseDecimal(row.eur_den, 'rate');
    return roundRatio({ num: eur * num.num * den.den, den: num.den * den.num }, 'half_even');
  };
  const byCommitment = groupBy(
    lines,
    (l) => l.commitment_id,
    (l): LineValues => {
      const category = l.equipment_id ? seriesOf.get(l.equipment_id) : undefined;
      const quantity = minor(l.quantity);
      const row = byId.get(l.commitment_id)!;
      return {
        catalogue: minor(l.catalogue_eur),
        kiel:
          kiel && category && quantity !== null
            ? inCurrency(row, impliedLineValue(kiel.weapons, row.donor, category, quantity))
            : null,
        declared: minor(l.declared_eur),
      };
    },
  );
  const edition = kiel?.edition ?? null;
  return {
    kielEdition: edition,
    notes: edition ? [] : [kielFallbackNote(knownOn)],
    commitments: commitments.map((row) => ({
      row,
      valued: { record: minor(row.record_eur), lines: byCommitment.get(row.id) ?? [] },
    })),
  };
}
