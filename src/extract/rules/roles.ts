/**
 * Where a party stands in a sentence: after a preposition that makes it a recipient or a
 * place, after an agent preposition ("par", "by", "von"), or free to be a subject.
 */
import { words } from '../lexicon/grammar.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import type { PhraseIndex } from '../lexicon/phrase-index.ts';
import type { Mention, Sentence } from './sentence.ts';

/** Parties that receive or attack, never give, in this domain. */
export const NOT_DONORS = new Set(['UA', 'RU', 'BY', 'KP', 'IR']);

export function after(s: Sentence, index: PhraseIndex<true>, at: number): boolean {
  for (let j = Math.max(0, at - 4); j < at; j++) {
    const m = index.matchAt(s.tokens, j);
    if (m && (m.end === at || (m.end === at - 1 && isArticle(s.tokens[at - 1]?.fold ?? '')))) return true;
  }
  return false;
}

const ARTICLES = new Set(["l'", 'la', 'le', 'les', 'the', 'der', 'die', 'den', 'dem', 'des']);
const isArticle = (w: string) => ARTICLES.has(w);

export const afterRecipientPrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.recipientPrep[s.lang], m.start);
export const afterPlacePrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.placePrep[s.lang], m.start);
export const afterAgentPrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.agentPrep[s.lang], m.start);
export const afterSourcePrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.sourcePrep[s.lang], m.start);

/** A party that can be the subject of a pledge: a state, an organisation or a capital acting for its state. */
export function canGive(s: Sentence, m: Mention<PartyEntry>): boolean {
  if (NOT_DONORS.has(m.value.code) || m.value.form === 'city') return false;
  return !afterRecipientPrep(s, m) && !afterPlacePrep(s, m) && !afterSourcePrep(s, m);
}
