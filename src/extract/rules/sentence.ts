/**
 * Everything the rules need to know about one sentence: its tokens and the mentions found in
 * them (parties, items, amounts, dates, cue words), all as token indexes.
 */
import { cueLists, cues, type CueName, type MeetingCue, type TriggerEntry } from '../lexicon/cues.ts';
import { partyIndex, type PartyEntry } from '../lexicon/parties.ts';
import { categoryIndex, itemIndex, unitIndex, type ItemEntry } from '../lexicon/catalogue.ts';
import type { PhraseIndex } from '../lexicon/phrase-index.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { EquipmentEntry, Lang, Span } from '../types.ts';
import { findMoney, type MoneyMention } from '../recognise/money.ts';
import { findDates, type DateMention } from '../recognise/dates.ts';
import { findPercents, type PercentMention } from '../recognise/percent.ts';
import { findQuantities, type QuantityMention } from '../recognise/quantity.ts';
import { tenseCues, tenseNear } from '../recognise/tense.ts';
import { readNumberWords } from '../recognise/numbers.ts';
import { words } from '../lexicon/grammar.ts';

export interface Mention<T> {
  start: number;
  end: number;
  value: T;
}

export type { CueName };

export interface Sentence {
  span: Span;
  tokens: Token[];
  lang: Lang;
  parties: Mention<PartyEntry>[];
  items: Mention<ItemEntry>[];
  categories: Mention<string>[];
  money: MoneyMention[];
  quantities: QuantityMention[];
  dates: DateMention[];
  percents: PercentMention[];
  triggers: Mention<TriggerEntry>[];
  meetings: Mention<MeetingCue>[];
  cue: Record<CueName, Mention<true>[]>;
  /** Token indexes where a clause starts, ascending, always beginning with 0. */
  clauses: number[];
  /** A list line "Country: what it gives" (a heading's verb applies to it): the index of its colon or dash. */
  listEntry: number | null;
  /** The equipment catalogue the items come from. */
  catalogue: readonly EquipmentEntry[];
}

function mentions<T>(index: PhraseIndex<T>, tokens: Token[]): Mention<T>[] {
  const out: Mention<T>[] = [];
  for (const m of index.matchAll(tokens)) out.push({ start: m.start, end: m.end, value: m.values[0] as T });
  return out;
}

const NOT_CUES = new Set(['commitment', 'meeting', 'meetingSeparable']);
const CUE_NAMES = Object.keys(cues).filter((k) => !NOT_CUES.has(k)) as CueName[];
/** A sentence without cue words: every list empty, shared and frozen so that no reader can fill it. */
const NO_CUE: Mention<true>[] = Object.freeze([]) as unknown as Mention<true>[];
const NO_CUES = Object.fromEntries(CUE_NAMES.map((name) => [name, NO_CUE])) as Record<
  CueName,
  Mention<true>[]
>;
/** Words that make a sentence worth reading in full: of giving, meeting, a total, GDP, a deadline. */
const SIGNALS = ['commitmentWords', 'meetingWords', 'total', 'gdp', 'deadline'] as const;
function signalled(found: Record<(typeof SIGNALS)[number], Mention<true>[]>): boolean {
  for (const name of SIGNALS) if (found[name].length > 0) return true;
  return false;
}
const CLAUSE_SIGNS = new Set([';', ':', '—', '–']);
const DASHES = new Set(['—', '–']);

export function readSentence(
  text: string,
  span: Span,
  lang: Lang,
  published: Date | null,
  catalogue: readonly EquipmentEntry[],
): Sentence {
  const tokens = tokenize(text, span.start, span.end);
  const listEntry = listEntryAt(tokens);
  // Most sentences of an article hold no fact: one look for a signal word spares them the full reading.
  const found = cueLists[lang].matchAll(tokens);
  if (listEntry === null && !signalled(found)) return background(span, tokens, lang, catalogue);
  const money = findMoney(tokens, lang);
  const tense = tenseCues(tokens, lang);
  const dates = findDates(tokens, { lang, published, tenseAt: (at) => tenseNear(tense, at) });
  const percents = findPercents(tokens, lang);
  const taken = new Set<number>();
  for (const m of [...money, ...dates, ...percents]) for (let k = m.start; k < m.end; k++) taken.add(k);
  const items = mentions(itemIndex(catalogue), tokens);
  const categories = mentions(categoryIndex[lang], tokens);
  const units = mentions(unitIndex[lang], tokens);
  const heads = new Set([...items, ...categories, ...units].map((m) => m.start));
  const parties = withCollectiveCounts(
    mentions(partyIndex, tokens).filter((m) => !taken.has(m.start)),
    tokens,
    lang,
  );
  const triggers = cues.commitment[lang]
    .matchAll(tokens)
    .map((m) => ({ start: m.start, end: m.end, value: separableReading(m.values, tokens, m.end) }))
    .filter(
      (m): m is Mention<TriggerEntry> => m.value !== null && m.value.act !== 'exclude' && !taken.has(m.start),
    );
  const cue = cuesOf(found);
  const clauses = [0];
  for (const b of cue.clauseBreak) clauses.push(b.start);
  // A dash before an amount sets it apart, it doesn't open a clause ("ont alloué le plus – 600 millions").
  const amountAt = new Set(money.map((m) => m.start));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'sign' && CLAUSE_SIGNS.has(t.text) && !(DASHES.has(t.text) && amountAt.has(k + 1)))
      clauses.push(k);
  }
  // "more than 50 countries" counts the givers, not what they give.
  for (const p of parties) if (p.value.form === 'count') for (let k = p.start; k < p.end; k++) taken.add(k);
  return {
    span,
    tokens,
    lang,
    parties,
    items,
    categories,
    money,
    quantities: findQuantities(tokens, lang, heads, taken),
    dates,
    percents,
    triggers,
    meetings: meetingMentions(tokens, lang),
    cue,
    clauses: [...new Set(clauses)].sort((a, b) => a - b),
    listEntry,
    catalogue,
  };
}

const OF_GROUP = new Set(['der', 'des', 'of', 'de', 'du', "d'", 'in', 'im']);
/** How many states a count must name to stand for the contact group. */
const MANY_STATES = 10;

/**
 * "mehr als 50 Staaten", "more than 50 countries", "plus de 50 nations": a count of ten or more
 * states or allies (`collective_counts` in grammar.json) is the contact group, unless a group
 * follows that they belong to ("32 Staaten der Nato", "the 27 EU countries" is named already).
 */
function withCollectiveCounts(
  parties: Mention<PartyEntry>[],
  tokens: Token[],
  lang: Lang,
): Mention<PartyEntry>[] {
  const out = parties;
  for (let k = 1; k < tokens.length; k++) {
    const noun = words.collectiveCounts[lang].matchAt(tokens, k);
    if (!noun) continue;
    const count = countEndingAt(tokens, k, lang);
    if (!count || count.value < MANY_STATES) continue;
    const named = (at: number) => parties.some((p) => p.start <= at && at < p.end);
    const groupAfter = OF_GROUP.has(tokens[noun.end]?.fold ?? '') && [noun.end + 1, noun.end + 2].some(named);
    if (!named(count.start) && !named(k) && !groupAfter)
      out.push({ start: count.start, end: noun.end, value: { code: 'UDCG', form: 'count' } });
    k = noun.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A figure or number words that end right before token `end`. */
function countEndingAt(tokens: Token[], end: number, lang: Lang): { start: number; value: number } | null {
  const t = tokens[end - 1]!;
  if (t.kind === 'number') return /^\d+$/.test(t.text) ? { start: end - 1, value: Number(t.text) } : null;
  for (let j = Math.max(0, end - 3); j < end; j++) {
    const reading = readNumberWords(tokens, j, lang);
    if (reading?.end === end) return { start: j, value: reading.value };
  }
  return null;
}

const LIST_SIGNS = new Set([':', '–', '—', '-']);
const BULLETS = new Set(['-', '•', '*', '·', '–', '—']);
const LIST_JOINS = new Set([
  ',',
  '&',
  'and',
  'et',
  'und',
  'sowie',
  'the',
  'les',
  'la',
  'le',
  "l'",
  'die',
  'den',
]);

/**
 * "Denmark: a Harpoon launcher and missiles", "– Norway and Sweden – $500 million": a line that
 * opens with parties and then a colon or a dash standing apart. Returns the index of that sign, or null.
 */
function listEntryAt(tokens: Token[]): number | null {
  let k = 0;
  while (k < tokens.length && BULLETS.has(tokens[k]!.text)) k++;
  if (!partyIndex.matchAt(tokens, k)) return null;
  while (k < tokens.length) {
    const party = partyIndex.matchAt(tokens, k);
    const t = tokens[k]!;
    if (party) k = party.end;
    else if (LIST_JOINS.has(t.fold)) k++;
    else {
      const apart = t.text !== '-' || (tokens[k - 1]!.end < t.start && (tokens[k + 1]?.start ?? 0) > t.end);
      return LIST_SIGNS.has(t.text) && apart && k + 1 < tokens.length ? k : null;
    }
  }
  return null;
}

/** Cue words as mentions, one list per cue name. */
function cuesOf(found: Record<CueName, Mention<true>[]>): Record<CueName, Mention<true>[]> {
  // "contribute $275 million to the total": a total word inside such a phrase reports no sum.
  const notTotal = found.notTotal;
  if (notTotal.length > 0)
    found.total = found.total.filter((m) => !notTotal.some((x) => x.start <= m.start && m.start < x.end));
  return found;
}

/** A sentence read only for what later sentences may refer back to: its parties and items. */
function background(span: Span, tokens: Token[], lang: Lang, catalogue: readonly EquipmentEntry[]): Sentence {
  return {
    span,
    tokens,
    lang,
    parties: mentions(partyIndex, tokens),
    items: mentions(itemIndex(catalogue), tokens),
    categories: [],
    money: [],
    quantities: [],
    dates: [],
    percents: [],
    triggers: [],
    meetings: [],
    cue: { ...NO_CUES },
    clauses: [0],
    listEntry: null,
    catalogue,
  };
}

/** Of the readings of a verb, the first whose separable particle ("sagte … zu") follows it, else one without particle. */
function separableReading(values: TriggerEntry[], tokens: Token[], from: number): TriggerEntry | null {
  for (const v of values) if (v.particle !== null && follows(tokens, from, v.particle)) return v;
  for (const v of values) if (v.particle === null) return v;
  return null;
}

/** Whether the folded words of `particle` stand together somewhere from token `from` on. */
function follows(tokens: Token[], from: number, particle: string[]): boolean {
  for (let k = from; k < tokens.length; k++) {
    let n = 0;
    while (n < particle.length && tokens[k + n]?.fold === particle[n]) n++;
    if (n === particle.length) return true;
  }
  return false;
}

/** Meeting words, with German separable verbs whose particle follows later ("kamen am Mittwoch in Berlin zusammen"). */
function meetingMentions(tokens: Token[], lang: Lang): Mention<MeetingCue>[] {
  const found = mentions(cues.meeting[lang], tokens);
  for (const m of cues.meetingSeparable[lang].matchAll(tokens)) {
    if (found.some((f) => f.start < m.end && m.start < f.end)) continue;
    const value = m.values.find((v) => follows(tokens, m.end, v.particle));
    if (value) found.push({ start: m.start, end: m.end, value: value.cue });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The clause [start, end) that holds token `at`. */
export function clauseOf(s: Sentence, at: number): { start: number; end: number } {
  let start = 0;
  let end = s.tokens.length;
  for (const c of s.clauses) {
    if (c <= at) start = c;
    else {
      end = c;
      break;
    }
  }
  return { start, end };
}

export const within = (m: { start: number }, range: { start: number; end: number }) =>
  m.start >= range.start && m.start < range.end;

export const hasCue = (s: Sentence, name: CueName, range: { start: number; end: number }) =>
  s.cue[name].some((m) => within(m, range));

/**
 * Whether a setting ("bei dem", "im Rahmen der", "during the"; `settings` in triggers.json) stands
 * right before token `at`, a meeting or talks word: adjectives and a party before the word may
 * stand between ("Im Rahmen der jüngsten Nato-Beratungen", "at the latest NATO meeting").
 */
export function settingBefore(s: Sentence, at: number): boolean {
  let k = at;
  for (let n = 0; n < 4 && k > 0; n++) {
    for (let j = Math.max(0, k - 5); j < k; j++) {
      const m = cues.settings[s.lang].matchAt(s.tokens, j);
      if (m && m.end === k) return true;
    }
    const party = s.parties.find((p) => p.end === k || (p.end === k - 1 && s.tokens[k - 1]?.text === '-'));
    const t = s.tokens[k - 1];
    if (party) k = party.start;
    // German writes nouns with a capital: a lower-case word between article and noun is an adjective.
    else if (s.lang === 'de' && t?.kind === 'word' && /^\p{Ll}/u.test(t.text)) k--;
    else return false;
  }
  return false;
}

/** Character span of tokens [from, to). */
export function charSpan(s: Sentence, from: number, to: number): Span {
  const a = s.tokens[Math.max(0, from)] as Token;
  const b = s.tokens[Math.min(s.tokens.length, to) - 1] as Token;
  return { start: a.start, end: Math.max(a.end, b.end) };
}

/** The words of tokens [start, end) as written, for the cue shown to a reviewer. */
export const wordsOf = (s: Sentence, m: { start: number; end: number }) =>
  s.tokens
    .slice(m.start, m.end)
    .map((t) => t.text)
    .join(' ');
