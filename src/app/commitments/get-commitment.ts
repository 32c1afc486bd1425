import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments } from '../../store/repositories/commitments.ts';
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
  const [lines, events, linked] = await Promise.all([
    commitments.lines(db, [id]),
    commitments.events(db, [id]),
    sources.linkedTo(db, 'commitment', [id]),
  ]);
  return toCommitmentView(row, lines.get(id) ?? [], events.get(id) ?? [], linked.get(id) ?? [], asOf);
}

export async function getCommitment(
  ctx: AppContext,
  input: { id: string; asOf?: string | null },
): Promise<CommitmentOutput> {
  requirePermission(ctx.actor, 'ledger:read');
  return loadCommitment(ctx, ctx.db, input.id, input.asOf ?? null);
}
