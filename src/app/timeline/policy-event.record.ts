/**
 * Policy events: a donor suspending its aid for a period, an ultimatum whose due date follows
 * from its announcement ("in 50 days"), a change of the group's chairs. A suspension is also
 * written as suspension events on the donor's open commitments, so that the pipeline (and every
 * report derived from it) shows them suspended for that period; `applied_to` lists them.
 */
import { z } from 'zod';
import { addDays } from '../../domain/coordination/cadence.ts';
import { AppError } from '../../domain/errors.ts';
import type { RecordType } from '../../store/repositories/sources.ts';
import { isoDate, partyCode, recordCommon, recordId } from '../ledger/fields.ts';
import { requireParties, requireRecords } from '../ledger/references.ts';
import {
  recordMeta,
  sourcesAsInput,
  type RecordKind,
  type Row,
  citedFields,
  storedFields,
  patchOf,
} from '../records/record-kind.ts';
import { applySuspension, suspensionEffects } from './apply-suspension.ts';

export const policyEventKinds = ['suspension', 'ultimatum', 'leadership', 'deadline'] as const;

const fields = {
  kind: z.enum(policyEventKinds),
  party: partyCode,
  target_party: partyCode.nullable().optional(),
  title: z.string().min(1).max(300),
  announced_on: isoDate,
  starts_on: isoDate.nullable().optional(),
  ends_on: isoDate.nullable().optional(),
  due_in_days: z.number().int().nonnegative().max(3650).nullable().optional(),
  due_on: isoDate.nullable().optional(),
  chairs: z.array(partyCode).max(10).optional(),
  meeting: recordId.nullable().optional(),
  notes: z.string().max(10_000).nullable().optional(),
  ...recordCommon,
};

const input = z.object({ id: recordId.optional(), ...fields }).strict();
export type PolicyEventInput = z.infer<typeof input>;

const output = z
  .object({
    id: z.string(),
    kind: z.enum(policyEventKinds),
    party: z.string(),
    target_party: z.string().nullable(),
    title: z.string(),
    announced_on: z.string(),
    starts_on: z.string().nullable(),
    ends_on: z.string().nullable(),
    due_in_days: z.number().int().nullable(),
    due_on: z.string().nullable().describe('Announcement date + due_in_days, or as given'),
    chairs: z.array(z.string()),
    meeting: z.string().nullable(),
    notes: z.string().nullable(),
    applied_to: z
      .array(z.object({ commitment: z.string(), seq: z.number().int() }))
      .describe('Suspension events this event wrote on commitments'),
    ...citedFields,
    ...storedFields,
  })
  .meta({ id: 'PolicyEvent' });
export type PolicyEventOutput = z.infer<typeof output>;

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

export const policyEventKind: RecordKind<PolicyEventInput, PolicyEventOutput> = {
  type: 'policy_event' as RecordType,
  table: 'policy_events',
  visibility: true,
  input,
  patch: patchOf(fields),
  output,
  async toColumns(db, i) {
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
  },
  toInput: ({ version: _v, created_at: _c, updated_at: _u, applied_to: _a, sources, ...rest }) => ({
    ...rest,
    sources: sourcesAsInput(sources),
  }),
  toView: (row: Row, linked, children) => ({
    id: row.id,
    kind: row.kind as PolicyEventOutput['kind'],
    party: row.party as string,
    target_party: row.target_party as string | null,
    title: row.title as string,
    announced_on: row.announced_on as string,
    starts_on: row.starts_on as string | null,
    ends_on: row.ends_on as string | null,
    due_in_days: row.due_in_days as number | null,
    due_on: row.due_on as string | null,
    chairs: row.chairs as string[],
    meeting: row.meeting_id as string | null,
    notes: row.notes as string | null,
    applied_to: (children.get(row.id) ?? []) as PolicyEventOutput['applied_to'],
    sources: linked,
    confidence: row.confidence as PolicyEventOutput['confidence'],
    visibility: row.visibility as PolicyEventOutput['visibility'],
    owner_party: row.owner_party as string | null,
    ...recordMeta(row),
  }),
  children: { load: suspensionEffects, save: applySuspension },
};
