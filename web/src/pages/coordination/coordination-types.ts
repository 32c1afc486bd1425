/**
 * The shapes the coordination routes answer with, named after the components of the API's
 * OpenAPI document (generated into schema.d.ts by `npm run api:types`): a change on the server
 * that a page does not follow fails the type check.
 */
import type { components } from '../../api/schema.d.ts';

type Schemas = components['schemas'];

export type CoverageReport = Schemas['CoverageReport'];
export type CoveredRequirement = CoverageReport['requirements'][number];
export type Suggestion = CoverageReport['suggestions'][number];
export type CoverageBucket = keyof CoveredRequirement['covered'];
export const coverageBuckets = [
  'pledged',
  'contracted',
  'delivered',
] as const satisfies readonly CoverageBucket[];
export type MoneySum = CoveredRequirement['value'][CoverageBucket][number];

export type RequirementListSummary = Schemas['RequirementListSummary'];
export type Requirement = Schemas['Requirement'];
export type RequirementList = Schemas['RequirementList'];
export type EditionDiff = Schemas['RequirementDiff'];
export type FieldChange = EditionDiff['changed'][number]['changes'][number];

export type TimelineEntry = Schemas['TimelineEntry'];
export type TimelineKind = TimelineEntry['kind'];
export const timelineKinds = [
  'suspension',
  'ultimatum',
  'leadership',
  'deadline',
  'due',
  'meeting',
] as const satisfies readonly TimelineKind[];

export type NextSession = Schemas['SuggestedSession'];
export type Brief = Schemas['BriefingPack'];
export type MeetingPage = Schemas['MeetingPage'];
export type MeetingRecord = Schemas['MeetingRecord'];
