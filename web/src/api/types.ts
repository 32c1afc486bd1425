/**
 * The shapes of the API answers the application reads, named after the components of the API's
 * OpenAPI document: generated into schema.d.ts by `npm run api:types`, never copied by hand, so a
 * server change that breaks a page fails the type check.
 */
import type { components, paths } from './schema.d.ts';

type Schemas = components['schemas'];

export type { paths };
export type Role = Schemas['Me']['role'];
export type Qualifier = Money['qualifier'];
export type Mode = NonNullable<Schemas['Commitment']['mode']>;
export type Status = Schemas['Commitment']['state']['status'];
export type EventKind = Schemas['Commitment']['events'][number]['kind'];
export const modes = [
  'donation',
  'funded_purchase',
  'pooled',
  'industry',
  'financial',
  'sale',
] as const satisfies readonly Mode[];
export const statuses = [
  'announced',
  'committed',
  'contracted',
  'delivering',
  'delivered',
  'cancelled',
] as const satisfies readonly Status[];
export const eventKinds = [
  'status',
  'delivery',
  'suspension',
  'resumption',
  'correction',
] as const satisfies readonly EventKind[];
export const visibilities = ['public', 'coalition', 'restricted'] as const;
export type Visibility = (typeof visibilities)[number];

export type Me = Schemas['Me'];
export type Party = Schemas['Party'];
export type Money = NonNullable<Schemas['Commitment']['money']>;
export type BurdenReport = Schemas['BurdenReport'];
export type FollowThroughReport = Schemas['FollowThroughReport'];
export type ValueOverTimeReport = Schemas['ValueOverTimeReport'];
export type EquipmentReport = Schemas['EquipmentReport'];
export type SourceReading = Schemas['SourceReading'];
export type Freshness = Schemas['Freshness'];
export type FairShareReport = Schemas['FairShareReport'];
export type BurdenRow = BurdenReport['donors'][number];
export type Figure = BurdenRow['committed'];
export type Counts = BurdenRow['counts'];
export type Commitment = Schemas['Commitment'];
export type CommitmentEvent = Commitment['events'][number];
export type CommitmentLine = Commitment['items'][number];
export type SourceRef = Commitment['sources'][number];
export type Conversion = Schemas['Conversion'];
/** The last ECB rate date a report or list used and the amounts it could not convert. */
export type ReportConversion = Schemas['ReportConversion'];
export type AuditEvent = Schemas['AuditEvent'];
export type Indicator = Schemas['Indicator'];
export type Package = Schemas['Package'];
export type PackageFunder = Package['funders'][number];
export type Meeting = Schemas['Meeting'];
export type SearchResults = Schemas['SearchResults'];
export type Substitution = Meeting['substitutions'][number];
export type Claim = Schemas['Claim'];
export type Equipment = Schemas['EquipmentType'];
export type User = Schemas['User'];
export type CommitmentInput =
  paths['/api/v1/commitments']['post']['requestBody']['content']['application/json'];
export type ApiToken = Schemas['ApiToken'];

/** A fact as `ramstein extract` prints it (DESIGN §6.1); the review queue stores it as extracted. */
export type Fact = Schemas['Fact'];
export type Candidate = Schemas['Candidate'];
export type Conflict = Candidate['conflicts'][number];
export type Edition = Schemas['Edition'];
export type EditionView = Schemas['EditionView'];
export type EditionDiff = Schemas['EditionDiff'];
export type Reconciliation = Schemas['Reconciliation'];
