/**
 * Where a party stands in a sentence: after a preposition that makes it a recipient or a
 * place, after an agent preposition ("par", "by", "von"), or free to be a subject.
 */
import { words } from '../lexicon/grammar.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import type { PhraseIndex } from '../lexicon/phrase-index.ts';
import { coordinatedWith } from './coordination.ts';
import type { Mention, Sentence } from './sentence.ts';

/** Parties that receive or attack, never give, in this domain; and the pooled package (PURL), which its funders give through. */
export const NOT_DONORS = new Set(['UA', 'RU', 'BY', 'KP', 'IR', 'PURL']);

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
  after(s, words.recipientPrep[s.lang], m.start) || germanDative(s, m);

/**
 * "sollen die USA der Bundeswehr neue Systeme liefern", "hat dem Land … zugesagt": a German
 * party after a dative article that follows the subject, a finite auxiliary or a verb of giving
 * is who receives. After a noun the article is a genitive ("aus Beständen der Bundeswehr").
 */
function germanDative(s: Sentence, m: Mention<PartyEntry>): boolean {
  const k = m.start - 1;
  if (k < 1 || !words.dativeArticle[s.lang].matchAt(s.tokens, k)) return false;
  return (
    s.parties.some((p) => p.end === k) ||
    words.finiteAux[s.lang].matchAt(s.tokens, k - 1) !== null ||
    // a verb, written in lower case: after a noun of giving ("Waffenpaket der westlichen Partner") it is a genitive
    s.triggers.some((t) => t.end === k && /^\p{Ll}/u.test(s.tokens[t.start]!.text))
  );
}
export const afterPlacePrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.placePrep[s.lang], m.start);
export const afterAgentPrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.agentPrep[s.lang], m.start);
export const afterSourcePrep = (s: Sentence, m: Mention<PartyEntry>) =>
  after(s, words.sourcePrep[s.lang], m.start) && !ownerAfterNoun(s, m);

/**
 * "das Vorhaben von EU-Mitgliedstaaten", "der Plan von Dänemark": German "von" right after a noun
 * (capitalised, as German nouns are) names whose the noun is, not where something comes from.
 */
function ownerAfterNoun(s: Sentence, m: Mention<PartyEntry>): boolean {
  if (s.lang !== 'de') return false;
  let k = m.start - 1;
  if (isArticle(s.tokens[k]?.fold ?? '')) k--;
  if (s.tokens[k]?.fold !== 'von' || k < 2) return false;
  const noun = s.tokens[k - 1];
  return noun?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(noun.text);
}

/**
 * "aus europäischer Produktion", "de fabrication française": the adjective tells who makes it; so
 * does a party that opens a compound on what is given ("US-Waffen", "US-Rüstungsgüter", "US-Patriot-Systeme").
 */
function namesMaker(s: Sentence, m: Mention<PartyEntry>): boolean {
  if (opensCompound(s, m)) return true;
  if (m.value.form !== 'demonym') return false;
  return (
    words.originNouns[s.lang].matchAt(s.tokens, m.end) !== null ||
    (s.lang === 'fr' && words.originNouns.fr.matchAt(s.tokens, m.start - 1) !== null)
  );
}

/**
 * A party that can be the subject of a pledge: a state, an organisation or a capital acting for
 * its state. With `listed` false, a party joined to a recipient before it may still give (a verb
 * of its own follows it: "… to Ukraine, and France will send two more").
 */
export function canGive(s: Sentence, m: Mention<PartyEntry>, listed = true): boolean {
  if (NOT_DONORS.has(m.value.code) || m.value.form === 'city' || namesMaker(s, m)) return false;
  if (afterRecipientPrep(s, m) || afterSourcePrep(s, m)) return false;
  if (afterPlacePrep(s, m) && !governmentIn(s, m)) return false;
  if (namesSource(s, m)) return false;
  return !listed || !receivesWithList(s, m);
}

/** "die Regierung in Oslo", "the government in Warsaw": a capital after a government noun acts for its state. */
function governmentIn(s: Sentence, m: Mention<PartyEntry>): boolean {
  if (m.value.form !== 'capital') return false;
  const prep = words.placePrep[s.lang].matchAt(s.tokens, m.start - 1);
  return prep !== null && words.governmentNouns[s.lang].matchAt(s.tokens, m.start - 2) !== null;
}

/**
 * "nach Angaben des ranghöchsten US-Generals Mark Milley", "according to the Pentagon", "selon
 * Washington": a party named as the source of what the sentence tells (an article, and in German
 * adjectives, may stand between) is not its giver.
 */
function namesSource(s: Sentence, m: Mention<PartyEntry>): boolean {
  for (let j = Math.max(0, m.start - 4); j < m.start; j++) {
    const cue = words.reportSource[s.lang].matchAt(s.tokens, j);
    if (!cue || cue.end > m.start) continue;
    // German adjectives are written in lower case ("des ranghöchsten US-Generals"); "selon
    // laquelle les membres …" opens a clause, its party is its subject.
    const between = s.tokens.slice(cue.end, m.start);
    const describes = (t: (typeof between)[number]) =>
      isArticle(t.fold) || (s.lang === 'de' && t.kind === 'word' && /^\p{Ll}/u.test(t.text));
    if (between.every(describes)) return true;
  }
  return false;
}

/** "an europäische Partner und Kanada", "to Poland and Romania": a list joined by a conjunction shares its recipient preposition. */
function receivesWithList(s: Sentence, m: Mention<PartyEntry>): boolean {
  const head = coordinatedWith(s, m)[0];
  if (!head || head === m || head.start >= m.start || !afterRecipientPrep(s, head)) return false;
  // "… to Ukraine, and France will send two more": a clause opened between them ends the list.
  if (s.clauses.some((c) => c > head.start && c <= m.start)) return false;
  for (let k = head.end; k < m.start; k++) {
    const c = words.coordination[s.lang].matchAt(s.tokens, k);
    if (c && s.tokens[k]?.text !== ',') return true;
  }
  return false;
}

/** "US-Waffen": a party joined by a hyphen, with no space, to an aid noun, an item or a kind. */
function opensCompound(s: Sentence, m: Mention<PartyEntry>): boolean {
  const dash = s.tokens[m.end];
  const next = s.tokens[m.end + 1];
  if (!dash || !next || !/^[-‑]$/.test(dash.text) || dash.start !== s.tokens[m.end - 1]!.end) return false;
  if (next.start !== dash.end) return false;
  const at = m.end + 1;
  return (
    s.cue.aidNouns.some((c) => c.start === at) ||
    s.items.some((c) => c.start === at) ||
    s.categories.some((c) => c.start === at)
  );
}
