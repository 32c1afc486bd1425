import { requirePermission } from '../../domain/access/permissions.ts';
import type { Status } from '../../domain/ledger/vocabulary.ts';
import { commitments, type CommitmentFilter } from '../../store/repositories/commitments.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { cachedReport } from '../reports/report-cache.ts';
import { formatMajor } from '../../domain/money/money.ts';
import { summariseConversion, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import type { CommitmentOutput } from './commitment.types.ts';
import { toCommitmentView } from './commitment-view.ts';

export interface ListCommitmentsInput extends CommitmentFilter {
  status?: Status;
  limit: number;
  offset: number;
}

export interface CommitmentPage {
  items: CommitmentOutput[];
  total: number;
  /** Every matching commitment's money in EUR at its value date; `unconverted` have money with no rate. */
  total_eur: { amount: string; unconverted: number };
  /** The last ECB rate date used for `total_eur`, and every matching amount not converted, with why. */
  conversion: ConversionSummary;
}

const eur = (minor: bigint) => formatMajor({ amount: minor, currency: 'EUR' });

/**
 * Filters and paging run in SQL; the status is derived from events, so a status filter uses the
 * SQL pipeline state (the same rules as the domain's derivation). Only the page's lines, events
 * and sources are loaded.
 */
export async function listCommitments(ctx: AppContext, input: ListCommitmentsInput): Promise<CommitmentPage> {
  requirePermission(ctx.actor, 'ledger:read');
  // Keyed like the reports (visibility scope, parameters, data version): a page is read once per change.
  return cachedReport(ctx, 'commitments.list', input, () => readPage(ctx, input));
}

async function readPage(ctx: AppContext, input: ListCommitmentsInput): Promise<CommitmentPage> {
  const [{ rows, total, totalEur }, audit] = await Promise.all([
    commitments.page(ctx.db, input, ctx.actor, input, input.status),
    commitments.conversionAudit(ctx.db, input, ctx.actor, input.status),
  ]);
  const ids = rows.map((r) => r.id);
  const [lines, events, linked] = await Promise.all([
    commitments.lines(ctx.db, ids),
    commitments.events(ctx.db, ids),
    sources.linkedTo(ctx.db, 'commitment', ids),
  ]);
  const asOf = input.asOf ?? null;
  const items = rows.map((r) => ({
    ...toCommitmentView(r, lines.get(r.id) ?? [], events.get(r.id) ?? [], linked.get(r.id) ?? [], asOf),
    value_eur: r.value_eur_minor === null ? null : eur(r.value_eur_minor),
  }));
  return {
    items,
    total,
    total_eur: { amount: eur(totalEur.minor), unconverted: totalEur.unconverted },
    conversion: summariseConversion('EUR', audit),
  };
}
