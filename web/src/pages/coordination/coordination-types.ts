/** The shapes the coordination routes answer with (see src/http/routes/coordination.ts). */

export type CoverageBucket = 'pledged' | 'contracted' | 'delivered';
export const coverageBuckets: CoverageBucket[] = ['pledged', 'contracted', 'delivered'];

export interface MoneySum {
  amount: string;
  currency: string;
}

export interface RequirementListSummary {
  id: string;
  recipient: string;
  title: string;
  current_edition: number;
}

export interface Requirement {
  key: string;
  capability: string;
  equipment: string | null;
  category: string | null;
  quantity: number | null;
  unit: string | null;
  priority: number;
  needed_by: string | null;
  status: 'open' | 'covered' | 'withdrawn' | string;
  notes: string | null;
  visibility: string;
}

export interface RequirementList {
  id: string;
  recipient: string;
  title: string;
  edition: number;
  current_edition: number;
  issued_on: string | null;
  note: string | null;
  requirements: Requirement[];
}

export interface CoveredRequirement extends Requirement {
  covered: Record<CoverageBucket, number>;
  value: Record<CoverageBucket, MoneySum[]>;
  unquantified_links: number;
  gap: number | null;
  percent: number | null;
  uncovered: boolean;
  commitments: {
    id: string;
    donor: string;
    status: string;
    quantity: number | null;
    delivered: number;
    money: MoneySum | null;
  }[];
}

export interface Suggestion {
  key: string;
  commitment: string;
  donor: string;
  status: string;
  announced_on: string;
  reason: string;
}

export interface CoverageReport {
  list: { id: string; title: string; recipient: string; edition: number };
  as_of: string | null;
  rules: string[];
  requirements: CoveredRequirement[];
  suggestions: Suggestion[];
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface EditionDiff {
  id: string;
  from: number;
  to: number;
  added: Requirement[];
  removed: Requirement[];
  changed: { key: string; changes: FieldChange[] }[];
  unchanged: number;
}

export const timelineKinds = ['suspension', 'ultimatum', 'leadership', 'deadline', 'due', 'meeting'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEntry {
  date: string;
  end_date: string | null;
  kind: TimelineKind;
  id: string;
  title: string;
  parties: string[];
  sources: string[];
}

export interface NextSession {
  date: string;
  interval_days: number;
  after: string;
  based_on: number;
}

export interface Brief {
  meeting: {
    id: string;
    kind: string;
    number: number | null;
    date: string;
    status: string;
    place: string | null;
    format: string | null;
    notes: string | null;
  };
  previous: { id: string; date: string } | null;
  next: { id: string; date: string; status: string } | null;
  suggested_next: NextSession | null;
  since: string | null;
  until: string;
  announced: {
    id: string;
    donor: string;
    announced_on: string;
    at_this_meeting: boolean;
    items: string;
    money: { amount: string | null; currency: string; qualifier: string } | null;
  }[];
  overdue: {
    id: string;
    donor: string;
    status: string;
    planned_on: string;
    days_late: number;
    items: string;
  }[];
  uncovered: {
    list: string;
    key: string;
    capability: string;
    what: string | null;
    priority: number;
    quantity: number | null;
    unit: string | null;
    covered: Record<CoverageBucket, number>;
    gap: number | null;
    needed_by: string | null;
  }[];
  conflicts: {
    subject: string;
    currency: string;
    claims: { id: string; amount: string; as_of: string; claimed_by: string | null }[];
  }[];
  due: TimelineEntry[];
  chairs: { party: string; person: string | null; title: string | null }[];
  participants: {
    parties: string[];
    count: number | null;
    qualifier: string | null;
    substitutions: { party: string; attended_by: string; expected_role?: string | null }[];
    attendance: {
      party: string;
      person?: string | null;
      role?: string | null;
      substitute_for?: string | null;
    }[];
    decisions: string[];
  };
  sources: string[];
}
