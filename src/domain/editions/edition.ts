/** An edition of an external data set and what importing one produces (pure types and rules). */

export type AidType = 'military' | 'financial' | 'humanitarian';
export type Measure = 'allocation' | 'commitment';

export interface EditionHeader {
  id: string;
  dataset: string;
  publisher: string;
  title: string;
  release: string;
  layout: string;
  cut_off: string | null;
  published_on: string;
  published_basis: string;
  attribution: string;
  url: string | null;
}

export interface EditionFile {
  name: string;
  sha256: string;
  row_count: number;
}

/** One published figure: per donor or for all (party null), per month or the whole release (period null). */
export interface EditionFigure {
  file: string;
  party_code: string | null;
  donor_name: string | null;
  period: string | null;
  series: string;
  /** EUR cents. */
  amount_minor: bigint | null;
  count: bigint | null;
  ratio: string | null;
  label: string | null;
}

export interface EditionActivity {
  party_code: string;
  donor_name: string;
  activity_date: string | null;
  month_index: number | null;
  aid_type: AidType;
  measure: Measure;
  amount_minor: bigint;
}

export interface ParsedEdition {
  header: EditionHeader;
  files: EditionFile[];
  figures: EditionFigure[];
  activities: EditionActivity[];
}

/** The series that make up an edition's donor table, in display order. */
export const donorTableSeries = [
  'allocation.military',
  'allocation.financial',
  'allocation.humanitarian',
  'allocation.total',
  'commitment.total',
] as const;

export const editionId = (dataset: string, release: string) => `${dataset}-r${release}`;
