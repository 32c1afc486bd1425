/** The shapes of the API answers the application reads (see GET /api/openapi.json). */
export type Role = 'admin' | 'coordinator' | 'representative' | 'analyst' | 'public';
export type Qualifier = 'exact' | 'about' | 'at_least' | 'at_most' | 'vague';
export const modes = ['donation', 'funded_purchase', 'pooled', 'industry', 'financial', 'sale'] as const;
export type Mode = (typeof modes)[number];
export const statuses = [
  'announced',
  'committed',
  'contracted',
  'delivering',
  'delivered',
  'cancelled',
] as const;
export type Status = (typeof statuses)[number];
export const eventKinds = ['status', 'delivery', 'suspension', 'resumption', 'correction'] as const;
export type EventKind = (typeof eventKinds)[number];
export const visibilities = ['public', 'coalition', 'restricted'] as const;
export type Visibility = (typeof visibilities)[number];

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Me {
  user: string;
  role: Role;
  party: string | null;
  csrf_token: string | null;
  must_change_password: boolean;
}

export interface Party {
  code: string;
  kind: string;
  names: { en: string; fr: string; de: string };
}

export interface Figure {
  amount: string;
  amount_minor: string;
}

export interface Money {
  amount: string | null;
  amount_minor: string | null;
  currency: string;
  qualifier: Qualifier;
  value_date?: string | null;
}

export interface SourceRef {
  id: string;
  url: string | null;
  publisher: string | null;
  evidence: { start: number; end: number } | null;
  quote: string | null;
}

export interface Counts {
  recorded: number;
  estimated: number;
  package_shares: number;
  vague: number;
  unvalued: number;
  unconvertible: number;
}

export interface BurdenRow {
  donor: string;
  committed: Figure;
  delivered: Figure;
  estimated: Figure;
  share_pct: string | null;
  gdp_pct: string | null;
  counts: Counts;
  co_donor_in: number;
}

export interface BurdenReport {
  currency: 'EUR' | 'USD';
  recipient: string;
  donors: BurdenRow[];
  totals: { committed: Figure; delivered: Figure; estimated: Figure; counts: Counts };
  rules: string[];
  notes: string[];
}

export interface CommitmentEvent {
  seq: number;
  kind: EventKind;
  status: Status | null;
  date: string;
  planned_on: string | null;
  line: number | null;
  quantity: number | null;
  until: string | null;
  source: string | null;
  note: string | null;
}

export interface CommitmentLine {
  line: number;
  equipment: string | null;
  category: string | null;
  quantity: number | null;
  quantity_qualifier: Qualifier | null;
  delivered: number;
}

export interface Commitment {
  id: string;
  donor: string;
  co_donors: string[];
  recipient: string;
  mode: Mode | null;
  supplier: string | null;
  package: string | null;
  items: CommitmentLine[];
  money: Money | null;
  announced_on: string | null;
  announced_at: string | null;
  replenishes: string | null;
  is_aid: boolean;
  state: {
    status: Status;
    suspended: { since: string; until: string | null } | null;
    planned_on: string | null;
    last_event_on: string | null;
  };
  events: CommitmentEvent[];
  sources: SourceRef[];
  confidence: string | null;
  note: string | null;
  visibility: Visibility;
  owner_party: string;
  version: number;
}

export interface Conversion {
  from: { amount: string; currency: string };
  to: { amount: string; currency: string };
  rate: string;
  rate_date: string;
  source: string;
}

export interface AuditEvent {
  seq: string;
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface Indicator {
  party: string;
  year: number;
  value: string;
  edition: string;
  estimate: boolean;
  source: string;
}

export interface PackageFunder {
  party: string;
  amount: string | null;
  amount_minor: string | null;
  currency: string;
  qualifier: Qualifier;
  commitment_id: string | null;
}

export interface Package {
  id: string;
  name: string;
  mechanism: string;
  value: Money | null;
  funders: PackageFunder[];
  supplier: string | null;
  contents_summary: string | null;
  announced_on: string | null;
  status: string;
  note: string | null;
  sources: SourceRef[];
}

export interface Substitution {
  party: string;
  expected_role: string | null;
  attended_by: string | null;
}

export interface Meeting {
  id: string;
  kind: string;
  number: number | null;
  status: string;
  date: string;
  end_date: string | null;
  place: string | null;
  country: string | null;
  format: string | null;
  chairs: string[];
  parties: string[];
  participants_count: number | null;
  participants_qualifier: Qualifier | null;
  substitutions: Substitution[];
  notes: string | null;
  sources: SourceRef[];
}

export interface Claim {
  id: string;
  subject: string;
  party: string | null;
  measure: string;
  amount: string | null;
  currency: string | null;
  qualifier: Qualifier;
  as_of: string | null;
  claimed_by: string | null;
  note: string | null;
  sources: SourceRef[];
}

export interface Equipment {
  id: string;
  name: string;
  category: string;
}

export interface Fact {
  type: string;
  donor?: string | null;
  recipient?: string | null;
  mode?: string | null;
  item?: string | null;
  category?: string | null;
  quantity?: { value: number; qualifier: Qualifier } | null;
  money?: { amount: number | null; currency: string; qualifier: Qualifier } | null;
  date?: { value: string; granularity: string } | null;
  status?: string | null;
  evidence: { start: number; end: number };
  confidence?: number;
  cue?: string | null;
}

export interface Candidate {
  id: string;
  source_id: string;
  status: 'pending' | 'accepted' | 'merged' | 'rejected';
  fact: Fact;
  confidence: number;
  cue: string | null;
  evidence_text: string | null;
  proposed_merge: string | null;
  conflicts: unknown[];
  decision_note: string | null;
  result: string | null;
}

export interface User {
  id: string;
  display_name: string | null;
  role: Exclude<Role, 'public'>;
  party: string | null;
  disabled: boolean;
  must_change_password: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  role: Exclude<Role, 'public'>;
  party: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}
