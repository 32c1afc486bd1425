/**
 * The interchange format: the whole ledger graph as JSON, one array per record kind, each
 * record in the same shape the API accepts. A folder of per-kind files (as the demo data set
 * is laid out) and one combined file are both read.
 */
import type * as z from 'zod';
import { claimInput } from '../claims/claim.types.ts';
import { equipmentInput } from '../equipment/equipment.types.ts';
import { meetingInput } from '../meetings/meeting.types.ts';
import { packageInput } from '../packages/package.types.ts';
import { personInput } from '../people/person.types.ts';
import { targetInput } from '../targets/target.types.ts';
import { policyEventInput } from '../timeline/policy-event.types.ts';
import { commitmentInput } from '../commitments/commitment.types.ts';
import { requirementListInput } from '../requirements/requirement.types.ts';
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
  equipment: equipmentInput,
  meetings: meetingInput,
  packages: packageInput,
  commitments: commitmentInput,
  claims: claimInput,
  targets: targetInput,
  people: personInput,
  policy_events: policyEventInput,
  requirements: requirementListInput,
  meeting_records: meetingRecordEntry,
  editions: editionInput,
};

export type LedgerDocument = Partial<Record<Section, unknown[]>>;
