import { requirePermission } from '../../domain/access/permissions.ts';
import type { Status } from '../../domain/ledger/vocabulary.ts';
import { commitments, type CommitmentFilter } from '../../store/repositories/commitments.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
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
}

/**
 * Filters run in SQL; the status is derived from events, so a status filter is applied to the
 * derived state before paging.
 */
export async function listCommitments(ctx: AppContext, input: ListCommitmentsInput): Promise<CommitmentPage> {
  requirePermission(ctx.actor, 'ledger:read');
  const rows = await commitments.search(ctx.db, input, ctx.actor);
  const asOf = input.asOf ?? null;
  const build = async (page: typeof rows) => {
    const ids = page.map((r) => r.id);
    const [lines, events, linked] = await Promise.all([
      commitments.lines(ctx.db, ids),
      commitments.events(ctx.db, ids),
      sources.linkedTo(ctx.db, 'commitment', ids),
    ]);
    return page.map((r) =>
      toCommitmentView(r, lines.get(r.id) ?? [], events.get(r.id) ?? [], linked.get(r.id) ?? [], asOf),
    );
  };
  if (!input.status) {
    return { items: await build(rows.slice(input.offset, input.offset + input.limit)), total: rows.length };
  }
  const matching = (await build(rows)).filter((c) => c.state.status === input.status);
  return { items: matching.slice(input.offset, input.offset + input.limit), total: matching.length };
}
