/**
 * The closed list of audit actions: every change the ledger records names one of these, and
 * nothing else may be written to the trail. docs/operations.md lists the same actions (a test
 * holds the two together).
 */
import { eventKinds, type EventKind } from '../ledger/vocabulary.ts';

/** Records created, updated and reverted one by one. */
export const auditedRecords = [
  'commitment',
  'package',
  'meeting',
  'claim',
  'equipment',
  'target',
  'person',
  'policy_event',
] as const;
export type AuditedRecord = (typeof auditedRecords)[number];

const recordChanges = ['create', 'update', 'revert'] as const;
type RecordChange = (typeof recordChanges)[number];

/** Every other change: accounts and sessions, imports, jobs, the review queue, requirements, meetings. */
const otherActions = [
  'commitment.declared_value',
  'candidate.accept',
  'candidate.merge',
  'candidate.reject',
  'candidate.propose_merge',
  'edition.import',
  'exchange_rates.import',
  'job.retried',
  'job.submitted',
  'ledger.import',
  'meeting.record',
  'requirement.link',
  'requirement.unlink',
  'requirement_list.create',
  'requirement_list.edition',
  'session.create',
  'source.import',
  'source.ingest',
  'source.text',
  'token.create',
  'token.revoke',
  'user.create',
  'user.disable',
  'user.enable',
  'user.set_role',
  'user.change_password',
] as const;

export type AuditAction =
  `${AuditedRecord}.${RecordChange}` | `commitment.event.${EventKind}` | (typeof otherActions)[number];

export const auditActions: readonly AuditAction[] = [
  ...auditedRecords.flatMap((record) => recordChanges.map((change) => `${record}.${change}` as const)),
  ...eventKinds.map((kind) => `commitment.event.${kind}` as const),
  ...otherActions,
];

const known = new Set<string>(auditActions);

export function isAuditAction(action: string): action is AuditAction {
  return known.has(action);
}

/** The action of a change to a record whose type is only known at run time (a revert). */
export function recordAction(recordType: string, change: RecordChange): AuditAction {
  const action = `${recordType}.${change}`;
  if (!isAuditAction(action)) throw new Error(`no audit action for ${change} of a ${recordType}`);
  return action;
}
