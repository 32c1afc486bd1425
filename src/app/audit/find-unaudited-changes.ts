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
import { claims } from '../../store/repositories/claims.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import { meetings } from '../../store/repositories/meetings.ts';
import { packages } from '../../store/repositories/packages.ts';
import { people } from '../../store/repositories/people.ts';
import { policyEvents } from '../../store/repositories/policy-events.ts';
import { targets } from '../../store/repositories/targets.ts';
import type { Queryable } from '../../store/database.ts';
import { loadClaim } from '../claims/get-claim.ts';
import { commitmentViews, loadCommitment } from '../commitments/get-commitment.ts';
import { actingAs, type AppContext } from '../context.ts';
import { loadEquipment } from '../equipment/get-equipment.ts';
import { loadMeeting } from '../meetings/get-meeting.ts';
import { loadPackage } from '../packages/get-package.ts';
import { loadPerson } from '../people/get-person.ts';
import { loadTarget } from '../targets/get-target.ts';
import { loadPolicyEvent } from '../timeline/get-policy-event.ts';

export interface UnauditedChange {
  record_type: string;
  record_id: string;
  reason: string;
}

/**
 * Each kind of record: the versions of all its rows, and one record as the caller sees it; for
 * commitments, the most numerous, the views of a page of them read at once too.
 */
const ledger: Record<
  string,
  {
    versions(db: Queryable): Promise<Map<string, number>>;
    load(ctx: AppContext, db: Queryable, id: string): Promise<unknown>;
    views?(ctx: AppContext, db: Queryable, ids: readonly string[]): Promise<Map<string, unknown>>;
  }
> = {
  commitment: {
    versions: (db) => commitments.versions(db),
    load: (ctx, db, id) => loadCommitment(ctx, db, id),
    views: async (ctx, db, ids) => commitmentViews(db, await commitments.getMany(db, ids, ctx.actor)),
  },
  package: { versions: packages.versions, load: loadPackage },
  meeting: { versions: meetings.versions, load: loadMeeting },
  claim: { versions: claims.versions, load: loadClaim },
  equipment: { versions: equipment.versions, load: loadEquipment },
  target: { versions: targets.versions, load: loadTarget },
  person: { versions: people.versions, load: loadPerson },
  policy_event: { versions: policyEvents.versions, load: loadPolicyEvent },
};

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

/** Records are compared this many at a time: the after-images of a whole ledger are never held at once. */
const PAGE = 500;

async function check(
  ctx: AppContext,
  type: string,
  versions: Map<string, number>,
  views: (ids: readonly string[]) => Promise<Map<string, unknown>>,
): Promise<UnauditedChange[]> {
  const found: UnauditedChange[] = [];
  const flag = (id: string, reason: string) => found.push({ record_type: type, record_id: id, reason });
  const sorted = [...versions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let start = 0; start < sorted.length; start += PAGE) {
    const page = sorted.slice(start, start + PAGE);
    const recorded = await auditEvents.lastRecorded(
      ctx.db,
      type,
      page.map(([id]) => id),
    );
    const viewed = await views(
      page.flatMap(([id]) => {
        const after = recorded.get(id)?.after;
        return after && isFullView(after) ? [id] : [];
      }),
    );
    for (const [id, version] of page) {
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
      if (isFullView(last.after) && comparable(type, viewed.get(id) ?? {}) !== comparable(type, last.after))
        flag(
          id,
          `it differs from the state its last audit event (${last.seq}) recorded, at the same version`,
        );
    }
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
  const load = (type: string, id: string) => (on: AppContext) => ledger[type]!.load(on, on.db, id);
  const found: UnauditedChange[] = [];
  for (const [type, kind] of Object.entries(ledger)) {
    const views = async (ids: readonly string[]) => {
      if (kind.views) return kind.views(ctx, ctx.db, ids);
      const made = new Map<string, unknown>();
      for (const id of ids) made.set(id, await load(type, id)(ctx));
      return made;
    };
    found.push(...(await check(ctx, type, await kind.versions(ctx.db), views)));
  }
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
