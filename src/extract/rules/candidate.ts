/** A fact as a rule proposes it, before mentions of the same fact are merged. */
import type { Fact, Span } from '../types.ts';

export type Candidate = Omit<Fact, 'doc' | 'mentions'> & { evidence: Span };

export function emptyCandidate(type: Fact['type'], evidence: Span): Candidate {
  return {
    type,
    donor: null,
    recipient: null,
    supplier: null,
    mode: null,
    item: null,
    category: null,
    quantity: null,
    money: null,
    money_alt: [],
    date: null,
    place: null,
    country: null,
    participants: [],
    kind: null,
    value: null,
    components: [],
    previous: null,
    status: null,
    evidence,
    confidence: 0.5,
    cue: null,
  };
}

/** What the article said before the current sentence, for pronouns and defaults. */
export interface ArticleMemory {
  /** The last party that could act as a donor (not the recipient nor the aggressor). */
  lastActor: string | null;
  lastItem: { id: string; category: string } | null;
  /** The donor of the sentence just before, when it told a pledge: who an agentless clause continues. */
  previousDonor?: string | null;
  /** The first pledge of the sentence just before: what "Die Kosten trägt Deutschland" pays for. */
  previousPledge?: Candidate | null;
  /** The article is about Ukraine: commitments without a named recipient go to UA. */
  aboutUkraine: boolean;
}
