/** The closed vocabularies of the ledger (DESIGN §3), shared by validation, storage and reports. */
export const modes = ['donation', 'funded_purchase', 'pooled', 'industry', 'financial', 'sale'] as const;
export type Mode = (typeof modes)[number];

/** Longer names found in data sets, accepted on import. */
export const modeAliases: Record<string, Mode> = {
  donation_from_stocks: 'donation',
  pooled_fund_contribution: 'pooled',
  pooled_contribution: 'pooled',
  industry_order: 'industry',
};

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

export const qualifiers = ['exact', 'about', 'at_least', 'at_most', 'vague'] as const;
export type Qualifier = (typeof qualifiers)[number];

export const visibilities = ['public', 'coalition', 'restricted'] as const;
export type Visibility = (typeof visibilities)[number];

export const meetingKinds = ['udcg', 'nato_summit', 'nato_ministerial', 'bilateral', 'conference'] as const;
export const meetingFormats = ['in_person', 'virtual', 'hybrid'] as const;
export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export const confidences = ['high', 'medium', 'low'] as const;
