/** A policy event's input as the row of table `policy_events`, and the row as the event's view. */
import { addDays } from '../../domain/coordination/cadence.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import type { Actor } from '../../domain/access/actor.ts';
import {
  policyEvents,
  type NewPolicyEvent,
  type PolicyEventRow,
} from '../../store/repositories/policy-events.ts';
import type { LinkedSource } from '../../store/repositories/sources.ts';
import { requireParties, requireRecords } from '../ledger/references.ts';
import { citedMeta, recordViews, sourcesAsInput } from '../ledger/stored-records.ts';
import type { PolicyEventInput, PolicyEventOutput } from './policy-event.types.ts';

function dueOn(i: PolicyEventInput): string | null {
  const computed =
    i.due_in_days === null || i.due_in_days === undefined ? null : addDays(i.announced_on, i.due_in_days);
  if (computed && i.due_on && computed !== i.due_on) {
    throw new AppError(
      'invalid_input',
      `due_on: ${i.due_on} is not ${i.due_in_days} days after ${i.announced_on} (${computed})`,
      {
        issues: [{ field: 'due_on', message: `expected ${computed}` }],
      },
    );
  }
  return computed ?? i.due_on ?? null;
}

/** The row of policy event `id`, after checking what it names and what its kind requires. */
export async function toPolicyEventRow(
  db: Queryable,
  id: string,
  i: PolicyEventInput,
): Promise<NewPolicyEvent> {
  await requireParties(db, {
    party: [i.party],
    target_party: [i.target_party],
    chairs: i.chairs ?? [],
    owner_party: [i.owner_party],
  });
  await requireRecords(db, 'meeting', 'meeting', [i.meeting]);
  if (i.kind === 'suspension' && !i.starts_on)
    throw new AppError('invalid_input', 'starts_on: a suspension has a first day', {
      issues: [{ field: 'starts_on', message: 'required for a suspension' }],
    });
  if (i.kind === 'leadership' && !(i.chairs ?? []).length)
    throw new AppError('invalid_input', 'chairs: a change of leadership names the new chairs', {
      issues: [{ field: 'chairs', message: 'required for a change of leadership' }],
    });
  return {
    id,
    kind: i.kind,
    party: i.party,
    target_party: i.target_party ?? null,
    title: i.title,
    announced_on: i.announced_on,
    starts_on: i.starts_on ?? null,
    ends_on: i.ends_on ?? null,
    due_in_days: i.due_in_days ?? null,
    due_on: dueOn(i),
    chairs: i.chairs ?? [],
    meeting_id: i.meeting ?? null,
    notes: i.notes ?? null,
    confidence: i.confidence ?? null,
    visibility: i.visibility ?? 'public',
    owner_party: i.owner_party ?? null,
  };
}

/** The view of a stored policy event, with the suspension events it wrote (`appliedTo`). */
export function toPolicyEventView(
  row: PolicyEventRow,
  linked: LinkedSource[],
  appliedTo: PolicyEventOutput['applied_to'],
): PolicyEventOutput {
  return {
    id: row.id,
    kind: row.kind as PolicyEventOutput['kind'],
    party: row.party,
    target_party: row.target_party,
    title: row.title,
    announced_on: row.announced_on,
    starts_on: row.starts_on,
    ends_on: row.ends_on,
    due_in_days: row.due_in_days,
    due_on: row.due_on,
    chairs: row.chairs,
    meeting: row.meeting_id,
    notes: row.notes,
    applied_to: appliedTo,
    ...citedMeta(row, linked),
  };
}

/** The views of stored policy events, each with the suspension events it wrote that `actor` may see. */
export async function policyEventViews(
  db: Queryable,
  actor: Actor,
  rows: readonly PolicyEventRow[],
): Promise<PolicyEventOutput[]> {
  const effects = await policyEvents.effects(
    db,
    rows.map((r) => r.id),
    actor,
  );
  return recordViews(db, 'policy_event', rows, (row, linked) =>
    toPolicyEventView(row, linked, (effects.get(row.id) ?? []) as PolicyEventOutput['applied_to']),
  );
}

/** The stored policy event as input, so that a patch can be laid over it. */
export const policyEventAsInput = ({
  version: _v,
  created_at: _c,
  updated_at: _u,
  applied_to: _a,
  sources,
  ...rest
}: PolicyEventOutput): PolicyEventInput => ({ ...rest, sources: sourcesAsInput(sources) });

/** Whose the event is: its owner, and the party that made it. */
export const policyEventOwnership = (row: Pick<NewPolicyEvent, 'owner_party' | 'party'>) => ({
  owner: row.owner_party ?? null,
  speaksFor: [row.party],
});
