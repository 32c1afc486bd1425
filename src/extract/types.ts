/**
 * The extraction output contract (DESIGN §6.1): one `Fact` per distinct fact of an article.
 * Field names and values are public: scripts and evaluations depend on them.
 */
export type Lang = 'fr' | 'en' | 'de';
export type FactType = 'commitment' | 'total' | 'meeting' | 'target' | 'deadline';
export type Qualifier = 'exact' | 'about' | 'at_least' | 'at_most' | 'vague';
export type Mode = 'donation' | 'funded_purchase' | 'pooled' | 'industry' | 'financial' | 'sale';
export type Status = 'reported' | 'conditional' | 'planned' | 'approved' | 'delivered';
export type MeetingKind = 'udcg' | 'nato_summit' | 'nato_ministerial' | 'bilateral' | 'conference';
export type Granularity = 'day' | 'month' | 'year';

export interface Span {
  start: number;
  end: number;
}

export interface Quantity {
  value: number | null;
  qualifier: Qualifier;
}

export interface Money {
  /** Major units (126 billion dollars → 126000000000); null when the text gives no figure. */
  amount: number | null;
  /** ISO 4217; null when the text names an ambiguous currency ("crowns") that the donor doesn't settle. */
  currency: string | null;
  qualifier: Qualifier;
}

export interface FactDate {
  value: string;
  granularity: Granularity;
}

export interface Fact {
  doc: string;
  type: FactType;
  donor: string | null;
  recipient: string | null;
  supplier: string | null;
  mode: Mode | null;
  item: string | null;
  category: string | null;
  quantity: Quantity | null;
  money: Money | null;
  money_alt: Money[];
  date: FactDate | null;
  place: string | null;
  country: string | null;
  participants: string[];
  kind: MeetingKind | null;
  value: number | null;
  components: number[];
  previous: number | null;
  status: Status | null;
  evidence: Span;
  mentions: Span[];
  confidence: number;
  /** Why the fact was proposed: the rule and the words that triggered it ("commitment/pledge: promised"). */
  cue: string | null;
}

export interface EquipmentEntry {
  id: string;
  category: string;
  aliases: Partial<Record<Lang, string[]>>;
}

export interface ExtractOptions {
  /** Shown in `doc`; the path as given on the command line. */
  doc?: string;
  /** Publication date YYYY-MM-DD; relative dates stay null without it. */
  published?: string | null;
  /** Forces the language; otherwise it is detected per article. */
  lang?: Lang | 'auto';
  /** How to read the text; 'auto' looks at the content. */
  format?: 'text' | 'markdown' | 'html' | 'auto';
  /** The equipment catalogue; the shipped demo catalogue when absent. */
  catalogue?: readonly EquipmentEntry[];
}
