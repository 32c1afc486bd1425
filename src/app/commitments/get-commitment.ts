import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments, type CommitmentRow } from '../../store/repositories/commitments.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import type { CommitmentOutput } from './commitment.types.ts';
import { toCommitmentView } from './commitment-view.ts';

export async function loadCommitment(
  ctx: AppContext,
  db: Queryable,
  id: string,
  asOf: string | null = null,
): Promise<CommitmentOutput> {
  const row = await commitments.get(db, id, ctx.actor);
  // The same answer for "absent" and "not yours to see": existence is not revealed.
  if (!row || (asOf && row.announced_on && row.announced_on > asOf)) {
    throw new AppError('not_found', `no commitment ${id}${asOf && row ? ` as of ${asOf}` : ''}`);
  }
  return (await commitmentViews(db, [row], asOf)).get(id)!;
}

/** The views of commitment rows already read, their lines, events and sources read for all at once. */
export async function commitmentViews(
  db: Queryable,
  rows: readonly CommitmentRow[],
  asOf: string | null = null,
): Promise<Map<string, CommitmentOutput>> {
  const ids = rows.map((r) => r.id);
  const [lines, events, linked] = await Promise.all([
    commitments.lines(db, ids),
    commitments.events(db, ids),
    sources.linkedTo(db, 'commitment', ids),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      toCommitmentView(
        row,
        lines.get(row.id) ?? [],
        events.get(row.id) ?? [],
        linked.get(row.id) ?? [],
        asOf,
      ),
    ]),
  );
}

export async function getCommitment(
  ctx: AppContext,
  input: { id: string; asOf?: string | null },
): Promise<CommitmentOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadCommitment(ctx, ctx.db, input.id, input.asOf ?? null);
}
