/** Ramstein's ledger beside an edition, donor by donor, with the reasons the figures differ. */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  reconcileDonors,
  reconciliationRuleIds,
  reconciliationRules,
  type EditionDonor,
  type LedgerDonor,
  type ReconcileRow,
} from '../../domain/editions/reconcile.ts';
import { editions, type EditionSummary } from '../../store/repositories/editions.ts';
import { reportNotes, type ReportNote, type RuleId } from '../../domain/reports/report-notes.ts';
import type { ConversionSummary } from '../../domain/money/conversion-summary.ts';
import type { AppContext } from '../context.ts';
import { reportBurden } from '../reports/report-burden.ts';
import { AppError } from '../../domain/errors.ts';
import { editionDonorTable, listEditions, requireEdition } from './get-edition.ts';
import { kielContract } from './import-edition.ts';
import { cachedReport } from '../reports/report-cache.ts';

export interface Reconciliation {
  edition: EditionSummary;
  cut_off: string | null;
  rows: ReconcileRow[];
  totals: {
    ledger_committed_minor: bigint;
    ledger_delivered_minor: bigint;
    edition_committed_minor: bigint;
    edition_allocated_minor: bigint;
  };
  /** The rates of the ledger's side: the last date used and the amounts not converted. */
  conversion: ConversionSummary;
  rules: string[];
  rule_ids: RuleId[];
  notes: string[];
  note_ids: ReportNote[];
}

const minor = (figure: { amount_minor: string }) => BigInt(figure.amount_minor);

export async function reconcileEdition(ctx: AppContext, id: string): Promise<Reconciliation> {
  requirePermission(ctx.actor, 'reports:read');
  return cachedReport(ctx, 'reconciliation', { id }, () => reconcile(ctx, id));
}

/**
 * The ledger beside the latest release of a data set (editions are listed by publication), so
 * that a page comparing with "the latest release" asks once instead of listing releases first.
 */
export async function reconcileLatest(ctx: AppContext, dataset: string): Promise<Reconciliation> {
  requirePermission(ctx.actor, 'reports:read');
  const latest = (await listEditions(ctx, dataset)).at(-1);
  if (!latest)
    throw new AppError('not_found', `no release of ${dataset} has been imported (ramstein editions import)`);
  return reconcileEdition(ctx, latest.id);
}

async function reconcile(ctx: AppContext, id: string): Promise<Reconciliation> {
  const edition = await requireEdition(ctx.db, id);
  const cutOff = edition.cut_off;
  const [atCutOff, all] = await Promise.all([
    reportBurden(ctx, { currency: 'EUR', as_of: cutOff }),
    reportBurden(ctx, { currency: 'EUR' }),
  ]);
  const ledger: LedgerDonor[] = atCutOff.donors.map((d) => {
    const later = all.donors.find((x) => x.donor === d.donor);
    const laterCount = later
      ? later.counts.recorded + later.counts.estimated + later.counts.vague + later.counts.unvalued
      : 0;
    const count = d.counts.recorded + d.counts.estimated + d.counts.vague + d.counts.unvalued;
    return {
      party_code: d.donor,
      committed_minor: minor(d.committed),
      delivered_minor: minor(d.delivered),
      catalogue_minor: minor(d.estimated),
      commitments: count,
      vague: d.counts.vague,
      unvalued: d.counts.unvalued,
      unconvertible: d.counts.unconvertible,
      after_cut_off_minor: later ? minor(later.committed) - minor(d.committed) : 0n,
      after_cut_off: Math.max(0, laterCount - count),
    };
  });
  for (const d of all.donors) {
    if (atCutOff.donors.some((x) => x.donor === d.donor)) continue;
    const count = d.counts.recorded + d.counts.estimated + d.counts.vague + d.counts.unvalued;
    ledger.push({
      party_code: d.donor,
      committed_minor: 0n,
      delivered_minor: 0n,
      catalogue_minor: 0n,
      commitments: 0,
      vague: 0,
      unvalued: 0,
      unconvertible: 0,
      after_cut_off_minor: minor(d.committed),
      after_cut_off: count,
    });
  }
  const table = await editionDonorTable(ctx.db, edition);
  const layout = kielContract().layouts[edition.layout];
  const military = layout
    ? await editions.donorSums(ctx.db, id, layout.donor_table, ['commitment.military'])
    : [];
  const hasWeapons = edition.files.some((f) => f.name === 'weapons.csv');
  const weapons = hasWeapons
    ? await editions.seriesPrefixSums(ctx.db, id, 'weapons.csv', 'heavy_weapons.')
    : [];
  const editionDonors: EditionDonor[] = table.map((t) => ({
    party_code: t.party_code,
    donor_name: t.donor_name,
    committed_minor: t.values['commitment.total'],
    military_committed_minor: military.find((m) => m.party_code === t.party_code)?.amount_minor ?? null,
    allocated_minor: t.values['allocation.total'],
    military_allocated_minor: t.values['allocation.military'],
    price_list_minor: hasWeapons
      ? (weapons.find((w) => w.party_code === t.party_code)?.amount_minor ?? 0n)
      : null,
  }));
  const names = new Map(
    (
      await editions.partyNames(
        ctx.db,
        ledger.map((l) => l.party_code),
      )
    ).map((p) => [p.code, p.name]),
  );
  const rows = reconcileDonors(ledger, editionDonors, cutOff, names);
  const source = reportNotes([{ id: 'source', params: { attribution: edition.attribution } }], null);
  const sum = (values: (bigint | null | undefined)[]) => values.reduce<bigint>((a, v) => a + (v ?? 0n), 0n);
  return {
    edition,
    cut_off: cutOff,
    rows,
    totals: {
      ledger_committed_minor: sum(ledger.map((l) => l.committed_minor)),
      ledger_delivered_minor: sum(ledger.map((l) => l.delivered_minor)),
      edition_committed_minor: sum(editionDonors.map((e) => e.committed_minor)),
      edition_allocated_minor: sum(editionDonors.map((e) => e.allocated_minor)),
    },
    conversion: atCutOff.conversion,
    rules: [...reconciliationRules, ...atCutOff.rules],
    rule_ids: [...reconciliationRuleIds, ...atCutOff.rule_ids],
    notes: [...atCutOff.notes, source.notes[0]!],
    note_ids: [...atCutOff.note_ids, ...source.note_ids],
  };
}
