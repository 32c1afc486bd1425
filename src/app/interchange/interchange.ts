/**
 * The interchange format: the whole ledger graph as JSON, one array per record kind, each
 * record in the same shape the API accepts. A folder of per-kind files (as the demo data set
 * is laid out) and one combined file are both read.
 */
import type { z } from 'zod';
import { claimKind } from '../claims/claim.record.ts';
import { commitmentInput } from '../commitments/commitment.types.ts';
import { equipmentKind } from '../equipment/equipment.record.ts';
import { meetingKind } from '../meetings/meeting.record.ts';
import { packageKind } from '../packages/package.record.ts';
import { personKind } from '../people/person.record.ts';
import { requirementListInput } from '../requirements/requirement.types.ts';
import { targetKind } from '../targets/target.record.ts';
import { policyEventKind } from '../timeline/policy-event.record.ts';
import { editionInput, meetingRecordEntry, sourceRecordInput } from './section-inputs.ts';

export const FORMAT = 'ramstein-ledger';
export const FORMAT_VERSION = 1;

/** Sections in import order: each refers only to those before it (funders are linked last). */
export const sections = [
  'sources',
  'equipment',
  'meetings',
  'packages',
  'commitments',
  'claims',
  'targets',
  'replenishments',
  'people',
  'policy_events',
  'requirements',
  'meeting_records',
  'editions',
] as const;
export type Section = (typeof sections)[number];

/** File names of a folder, per section (the demo data set calls claims "reported_totals"). */
export const sectionFiles: Record<Section, string[]> = {
  sources: ['sources.json'],
  equipment: ['equipment.json'],
  meetings: ['meetings.json'],
  packages: ['packages.json'],
  commitments: ['commitments.json'],
  claims: ['claims.json', 'reported_totals.json'],
  targets: ['targets.json'],
  replenishments: ['replenishments.json'],
  people: ['people.json'],
  policy_events: ['policy_events.json'],
  requirements: ['requirements.json'],
  meeting_records: ['meeting_records.json'],
  editions: ['editions.json'],
};

export const sectionSchemas: Record<Exclude<Section, 'replenishments'>, z.ZodType> = {
  sources: sourceRecordInput,
  equipment: equipmentKind.input,
  meetings: meetingKind.input,
  packages: packageKind.input,
  commitments: commitmentInput,
  claims: claimKind.input,
  targets: targetKind.input,
  people: personKind.input,
  policy_events: policyEventKind.input,
  requirements: requirementListInput,
  meeting_records: meetingRecordEntry,
  editions: editionInput,
};

export type LedgerDocument = Partial<Record<Section, unknown[]>>;
