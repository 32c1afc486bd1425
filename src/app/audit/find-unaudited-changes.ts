/**
 * Ledger rows changed outside the application: every audited write leaves the record's version in
 * the after-image of its audit event, and the full view when it writes the whole record. A row
 * whose version is not the one its last audit event recorded, that no event records at all, or
 * whose view differs from that event's full after-image at the same version, was changed by hand
 * in the database (an UPDATE or INSERT that wrote no audit event).
 */
import { systemActor } from '../../domain/access/actor.ts';
import { canonicalJson } from '../../store/audit.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { auditEvents } from '../../store/repositories/audit-events.ts';
import { records } from '../../store/repositories/records.ts';
import { claimKind } from '../claims/claim.record.ts';
import { loadCommitment } from '../commitments/get-commitment.ts';
import { actingAs, type AppContext } from '../context.ts';
import { equipmentKind } from '../equipment/equipment.record.ts';
import { meetingKind } from '../meetings/meeting.record.ts';
import { packageKind } from '../packages/package.record.ts';
import { personKind } from '../people/person.record.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { loadRecord } from '../records/records.ts';
import { targetKind } from '../targets/target.record.ts';
import { policyEventKind } from '../timeline/policy-event.record.ts';

export interface UnauditedChange {
  record_type: string;
  record_id: string;
  reason: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kinds: RecordKind<any, unknown>[] = [
  packageKind,
  meetingKind,
  claimKind,
  equipmentKind,
  targetKind,
  personKind,
  policyEventKind,
];

/** A full view, as create and update write it (an event writes only the version and state). */
const isFullView = (after: Record<string, unknown>) => 'updated_at' in after && 'created_at' in after;

/**
 * Parts of a view kept in other tables and compared elsewhere, or not at all: an import links a
 * package's funders to their commitments after creating both, within the import's own event.
 */
const keptApart: Record<string, string[]> = { package: ['funders'] };

const comparable = (type: string, view: unknown) => {
  const omit = keptApart[type] ?? [];
  return canonicalJson(
    Object.fromEntries(Object.entries(view as object).filter(([key]) => !omit.includes(key))),
  );
};

async function check(
  ctx: AppContext,
  type: string,
  versions: Map<string, number>,
  view: (id: string) => Promise<unknown>,
): Promise<UnauditedChange[]> {
  const recorded = await auditEvents.lastRecorded(ctx.db, type);
  const found: UnauditedChange[] = [];
  const flag = (id: string, reason: string) => found.push({ record_type: type, record_id: id, reason });
  for (const [id, version] of [...versions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const last = recorded.get(id);
    if (!last) {
      flag(id, 'no audit event records it: it was inserted outside the application');
      continue;
    }
    if (last.after.version !== version) {
      flag(
        id,
        `its version is ${version}, but its last audit event (${last.seq}) recorded version ${String(last.after.version)}`,
      );
      continue;
    }
    if (isFullView(last.after) && comparable(type, await view(id)) !== comparable(type, last.after))
      flag(id, `it differs from the state its last audit event (${last.seq}) recorded, at the same version`);
  }
  return found;
}

/**
 * The whole ledger is checked, whoever asks; the caller is told which records they may see were
 * changed, and only how many of the others were.
 */
export async function findUnauditedChanges(
  caller: AppContext,
): Promise<{ visible: UnauditedChange[]; elsewhere: number }> {
  const ctx = actingAs(caller, systemActor, caller.requestId);
  const load = (type: string, id: string) => {
    const kind = kinds.find((k) => k.type === type);
    return (on: AppContext) => (kind ? loadRecord(on, on.db, kind, id) : loadCommitment(on, on.db, id));
  };
  const found = await check(ctx, 'commitment', await commitments.versions(ctx.db), (id) =>
    load('commitment', id)(ctx),
  );
  for (const kind of kinds)
    found.push(
      ...(await check(ctx, kind.type, await records.versions(ctx.db, kind), (id) =>
        load(kind.type, id)(ctx),
      )),
    );
  const visible: UnauditedChange[] = [];
  for (const change of found) {
    const seen = await load(
      change.record_type,
      change.record_id,
    )(caller).then(
      () => true,
      () => false,
    );
    if (seen) visible.push(change);
  }
  return { visible, elsewhere: found.length - visible.length };
}
