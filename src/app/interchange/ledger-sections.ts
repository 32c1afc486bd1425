/**
 * The sections of records an interchange file carries besides commitments (equipment types to
 * policy events), each from its own record's repository and use cases: how it is read (the rows
 * the caller may see and their views, written back as input), and how an import writes it (the
 * row of an input, whose it is, what else a new record writes, and an update).
 */
import type { Actor } from '../../domain/access/actor.ts';
import type { Ownership } from '../../domain/access/permissions.ts';
import type { Queryable } from '../../store/database.ts';
import { claims } from '../../store/repositories/claims.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import { meetings } from '../../store/repositories/meetings.ts';
import { packages } from '../../store/repositories/packages.ts';
import { people } from '../../store/repositories/people.ts';
import { policyEvents } from '../../store/repositories/policy-events.ts';
import type { LinkedSource, RecordType } from '../../store/repositories/sources.ts';
import { targets } from '../../store/repositories/targets.ts';
import type { Schema } from '../../store/schema.ts';
import { claimAsInput, claimOwnership, toClaimRow, toClaimView } from '../claims/claim-row.ts';
import { applyClaimUpdate } from '../claims/update-claim.ts';
import type { AppContext } from '../context.ts';
import { equipmentAsInput, toEquipmentRow, toEquipmentView } from '../equipment/equipment-row.ts';
import { applyEquipmentUpdate } from '../equipment/update-equipment.ts';
import type { SourceRef } from '../ledger/fields.ts';
import { recordViews, unowned } from '../ledger/stored-records.ts';
import { meetingAsInput, meetingOwnership, toMeetingRow, toMeetingView } from '../meetings/meeting-row.ts';
import { applyMeetingUpdate } from '../meetings/update-meeting.ts';
import {
  packageAsInput,
  packageOwnership,
  packageViews,
  addFundersOfNewPackages,
  toPackageRow,
} from '../packages/package-row.ts';
import type { PackageInput } from '../packages/package.types.ts';
import { applyPackageUpdate } from '../packages/update-package.ts';
import { personAsInput, personOwnership, toPersonRow, toPersonView } from '../people/person-row.ts';
import { applyPersonUpdate } from '../people/update-person.ts';
import { targetAsInput, toTargetRow, toTargetView } from '../targets/target-row.ts';
import { applyTargetUpdate } from '../targets/update-target.ts';
import { applySuspension } from '../timeline/apply-suspension.ts';
import {
  policyEventAsInput,
  policyEventOwnership,
  policyEventViews,
  toPolicyEventRow,
} from '../timeline/policy-event-row.ts';
import type { PolicyEventInput } from '../timeline/policy-event.types.ts';
import { applyPolicyEventUpdate } from '../timeline/update-policy-event.ts';

type Input = { id?: string | undefined; sources?: SourceRef[] | undefined };
type Row = { id: string };

export interface LedgerSection {
  type: RecordType;
  table: keyof Schema;
  /** The rows the caller may see, in the record's list order. */
  rows(db: Queryable, actor: Actor): Promise<Row[]>;
  views(db: Queryable, actor: Actor, rows: readonly Row[]): Promise<object[]>;
  asInput(view: never): Input;
  toRow(db: Queryable, id: string, input: never): Promise<Row>;
  ownership(row: never, input: never): Ownership;
  /**
   * What new records write besides their rows (a package's funders, a suspension's effects), for
   * a batch at once; `check` names the record at `index` in the error `work` raises.
   */
  afterInsert?(
    ctx: AppContext,
    tx: Queryable,
    created: readonly { id: string; input: never }[],
    check: <T>(index: number, work: () => T) => T,
  ): Promise<void>;
  get(db: Queryable, actor: Actor, id: string): Promise<Row | undefined>;
  update(ctx: AppContext, tx: Queryable, id: string, patch: never): Promise<unknown>;
}

/** The views of rows with their sources alone. */
const withSources =
  <R extends Row, V>(type: RecordType, toView: (row: R, linked: LinkedSource[]) => V) =>
  (db: Queryable, _actor: Actor, rows: readonly Row[]) =>
    recordViews(db, type, rows as R[], toView) as Promise<object[]>;

export const ledgerSections = {
  equipment: {
    type: 'equipment',
    table: 'equipment_types',
    rows: (db, actor) => equipment.list(db, actor),
    views: withSources('equipment', toEquipmentView),
    asInput: equipmentAsInput,
    toRow: toEquipmentRow,
    ownership: unowned,
    get: equipment.get,
    update: applyEquipmentUpdate,
  },
  meetings: {
    type: 'meeting',
    table: 'meetings',
    rows: (db, actor) => meetings.list(db, actor),
    views: withSources('meeting', toMeetingView),
    asInput: meetingAsInput,
    toRow: toMeetingRow,
    ownership: meetingOwnership,
    get: meetings.get,
    update: applyMeetingUpdate,
  },
  packages: {
    type: 'package',
    table: 'packages',
    rows: (db, actor) => packages.list(db, actor),
    views: (db, _actor, rows) => packageViews(db, rows as never),
    asInput: packageAsInput,
    toRow: toPackageRow,
    ownership: packageOwnership,
    afterInsert: (_ctx, tx, created: readonly { id: string; input: PackageInput }[], check) =>
      addFundersOfNewPackages(
        tx,
        created.map(({ id, input }) => ({ id, funders: input.funders })),
        check,
      ),
    get: packages.get,
    update: applyPackageUpdate,
  },
  claims: {
    type: 'claim',
    table: 'claims',
    rows: (db, actor) => claims.list(db, actor),
    views: withSources('claim', toClaimView),
    asInput: claimAsInput,
    toRow: toClaimRow,
    ownership: claimOwnership,
    get: claims.get,
    update: applyClaimUpdate,
  },
  targets: {
    type: 'target',
    table: 'targets',
    rows: (db, actor) => targets.list(db, actor),
    views: withSources('target', toTargetView),
    asInput: targetAsInput,
    toRow: toTargetRow,
    ownership: unowned,
    get: targets.get,
    update: applyTargetUpdate,
  },
  people: {
    type: 'person',
    table: 'people',
    rows: (db, actor) => people.list(db, actor),
    views: withSources('person', toPersonView),
    asInput: personAsInput,
    toRow: toPersonRow,
    ownership: personOwnership,
    get: people.get,
    update: applyPersonUpdate,
  },
  policy_events: {
    type: 'policy_event',
    table: 'policy_events',
    rows: (db, actor) => policyEvents.list(db, actor),
    views: (db, actor, rows) => policyEventViews(db, actor, rows as never),
    asInput: policyEventAsInput,
    toRow: toPolicyEventRow,
    ownership: policyEventOwnership,
    afterInsert: async (ctx, tx, created: readonly { id: string; input: PolicyEventInput }[]) => {
      for (const { id, input } of created) await applySuspension(ctx, tx, id, input);
    },
    get: policyEvents.get,
    update: applyPolicyEventUpdate,
  },
} satisfies Record<string, LedgerSection>;

export type LedgerSectionName = keyof typeof ledgerSections;
