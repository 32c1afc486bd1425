/** One search box over the ledger: what the caller may see of commitments, parties, equipment and meetings. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import {
  search,
  type CommitmentHit,
  type EquipmentHit,
  type MeetingHit,
  type PartyHit,
} from '../../store/repositories/search.ts';
import type { AppContext } from '../context.ts';

export interface SearchResults {
  q: string;
  commitments: CommitmentHit[];
  parties: PartyHit[];
  equipment: EquipmentHit[];
  meetings: MeetingHit[];
}

export async function searchLedger(
  ctx: AppContext,
  input: { q: string; limit: number },
): Promise<SearchResults> {
  requirePermission(ctx.actor, 'ledger:read');
  const q = input.q.trim();
  if ([...q].length < 2) throw new AppError('invalid_input', 'search needs at least two characters');
  const { db, actor } = ctx;
  const [commitments, parties, equipment, meetings] = await Promise.all([
    search.commitments(db, actor, q, input.limit),
    search.parties(db, actor, q, input.limit),
    search.equipment(db, q, input.limit),
    search.meetings(db, actor, q, input.limit),
  ]);
  return { q, commitments, parties, equipment, meetings };
}
