/**
 * Cue words of data/extract (triggers, status, calendar) as per-language phrase indexes.
 * Built once when the module loads.
 */
import triggers from '../../../data/extract/triggers.json' with { type: 'json' };
import status from '../../../data/extract/status.json' with { type: 'json' };
import type { Lang } from '../types.ts';
import { PhraseIndex, PhraseLists } from './phrase-index.ts';
import { tokenize } from '../text/tokens.ts';

export const LANGS: readonly Lang[] = ['fr', 'en', 'de'];
export type PerLang<T> = Record<Lang, T>;

export function cueIndex(lists: PerLang<string[]>): PerLang<PhraseIndex<true>> {
  const out = { fr: new PhraseIndex<true>(), en: new PhraseIndex<true>(), de: new PhraseIndex<true>() };
  for (const lang of LANGS) for (const p of lists[lang]) out[lang].add(p, true);
  return out;
}

export function valueIndex<T extends string>(lists: PerLang<Record<T, string[]>>): PerLang<PhraseIndex<T>> {
  const out = { fr: new PhraseIndex<T>(), en: new PhraseIndex<T>(), de: new PhraseIndex<T>() };
  for (const lang of LANGS) {
    for (const [value, phrases] of Object.entries(lists[lang]) as Array<[T, string[]]>) {
      for (const p of phrases) out[lang].add(p, value);
    }
  }
  return out;
}

/** How the commitment rule reads a verb: what was promised and in which mode. */
export type Act =
  | 'pledge'
  | 'deliver'
  | 'donate'
  | 'pay'
  | 'buy'
  | 'sell'
  | 'order'
  | 'contribute'
  | 'approve'
  /** The recipient is the subject ("Ukraine will receive … from Germany"): the donor follows "from". */
  | 'receive'
  /** The things are the subject and travel ("40 Drohnen gehen an die Ukraine", "aus Dänemark kommen …"). */
  | 'move'
  /** The things are the subject and join what was told ("zwei weitere kommen hinzu"): they need not travel. */
  | 'add';

export interface TriggerEntry {
  act: Act | 'exclude';
  /** Folded tokens of a German separable particle that must follow in the clause. */
  particle: string[] | null;
  weak: boolean;
}

function commitmentIndex(): PerLang<PhraseIndex<TriggerEntry>> {
  const weak = new Set(triggers.commitment.weak);
  const out = {
    fr: new PhraseIndex<TriggerEntry>(),
    en: new PhraseIndex<TriggerEntry>(),
    de: new PhraseIndex<TriggerEntry>(),
  };
  const byLang = triggers.commitment as unknown as PerLang<Record<Act, string[]>> & {
    exclude: PerLang<string[]>;
  };
  for (const lang of LANGS) {
    for (const [act, patterns] of Object.entries(byLang[lang]) as Array<[Act, string[]]>) {
      for (const pattern of patterns) {
        const [verb, particle] = pattern.split(' ... ') as [string, string | undefined];
        const particleTokens = particle ? tokenize(particle, 0, particle.length).map((t) => t.fold) : null;
        out[lang].add(verb, { act, particle: particleTokens, weak: weak.has(pattern) });
      }
    }
    for (const p of byLang.exclude[lang]) out[lang].add(p, { act: 'exclude', particle: null, weak: false });
  }
  return out;
}

/** `not_meeting`: phrases that look like meetings and are not (press conferences, phone calls). */
type MeetingCue =
  'udcg' | 'nato_summit' | 'nato_ministerial' | 'conference' | 'summit' | 'meeting' | 'not_meeting';
const meeting = triggers.meeting as unknown as PerLang<Record<MeetingCue, string[]>> & {
  topic_markers: PerLang<string[]>;
  anaphora: PerLang<string[]>;
  hypothetical: PerLang<string[]>;
  settings: PerLang<string[]>;
  founding: PerLang<string[]>;
  since: PerLang<string[]>;
  with: PerLang<string[]>;
};

const KINDS: MeetingCue[] = [
  'udcg',
  'nato_summit',
  'nato_ministerial',
  'conference',
  'summit',
  'meeting',
  'not_meeting',
];
const isSeparable = (p: string) => p.includes(' ... ');

function withoutSeparable(
  lists: PerLang<Record<MeetingCue, string[]>>,
): PerLang<Record<MeetingCue, string[]>> {
  const out = {} as PerLang<Record<MeetingCue, string[]>>;
  for (const lang of LANGS)
    out[lang] = Object.fromEntries(
      KINDS.map((k) => [k, (lists[lang][k] ?? []).filter((p) => !isSeparable(p))]),
    ) as Record<MeetingCue, string[]>;
  return out;
}

/** "kamen … zusammen": a German separable meeting verb, its kind and the particle that must follow it. */
function separableMeetings(): PerLang<PhraseIndex<{ cue: MeetingCue; particle: string[] }>> {
  const out = {
    fr: new PhraseIndex<{ cue: MeetingCue; particle: string[] }>(),
    en: new PhraseIndex<{ cue: MeetingCue; particle: string[] }>(),
    de: new PhraseIndex<{ cue: MeetingCue; particle: string[] }>(),
  };
  for (const lang of LANGS)
    for (const cue of KINDS)
      for (const pattern of (meeting[lang][cue] ?? []).filter(isSeparable)) {
        const [verb, particle] = pattern.split(' ... ') as [string, string];
        out[lang].add(verb, { cue, particle: tokenize(particle, 0, particle.length).map((t) => t.fold) });
      }
  return out;
}

/** The plain cue lists: each only says where its words stand in a sentence. */
const cueWords = {
  aidNouns: triggers.aid_nouns as unknown as PerLang<string[]>,
  pledgeNouns: triggers.pledge_nouns as unknown as PerLang<string[]>,
  backgroundNouns: triggers.background_nouns as unknown as PerLang<string[]>,
  jointly: triggers.jointly as unknown as PerLang<string[]>,
  distributive: triggers.distributive as unknown as PerLang<string[]>,
  contents: triggers.contents as unknown as PerLang<string[]>,
  packageNouns: triggers.package_nouns as unknown as PerLang<string[]>,
  costs: triggers.costs as unknown as PerLang<string[]>,
  thanks: triggers.thanks as unknown as PerLang<string[]>,
  obligation: triggers.obligation as unknown as PerLang<string[]>,
  comparison: triggers.comparison as unknown as PerLang<string[]>,
  goal: triggers.goal as unknown as PerLang<string[]>,
  stock: triggers.stock_cues as unknown as PerLang<string[]>,
  industry: triggers.industry_cues,
  financial: triggers.financial_cues,
  pooled: triggers.pooled_cues,
  total: triggers.total,
  notTotal: triggers.total_exclude as unknown as PerLang<string[]>,
  topic: meeting.topic_markers,
  anaphora: meeting.anaphora,
  hypothetical: meeting.hypothetical,
  settings: meeting.settings,
  founding: meeting.founding,
  since: meeting.since,
  meetingWith: meeting.with,
  gdp: triggers.target.gdp,
  deadline: triggers.deadline as unknown as PerLang<string[]>,
  nonCommitment: triggers.non_commitment as unknown as PerLang<string[]>,
  negation: triggers.negation,
  clauseBreak: triggers.clause_breaks as unknown as PerLang<string[]>,
  reported: status.reported,
  speech: status.speech_verbs,
  condition: status.condition,
  mood: status.mood,
  planned: status.planned,
  delivered: status.delivered,
};
export type CueName = keyof typeof cueWords;

export const cues = {
  commitment: commitmentIndex(),
  meeting: valueIndex<MeetingCue>(withoutSeparable(meeting)),
  meetingSeparable: separableMeetings(),
  ...(Object.fromEntries(Object.entries(cueWords).map(([name, lists]) => [name, cueIndex(lists)])) as Record<
    CueName,
    PerLang<PhraseIndex<true>>
  >),
};

/** The words that may open a commitment or a meeting, as written before a separable particle. */
const verbOf = (pattern: string) => pattern.split(' ... ')[0] as string;
function signalWords(lang: Lang): { commitmentWords: string[]; meetingWords: string[] } {
  const commitment = triggers.commitment as unknown as PerLang<Record<string, string[]>> & {
    exclude: PerLang<string[]>;
  };
  return {
    commitmentWords: [...Object.values(commitment[lang]).flat(), ...commitment.exclude[lang]].map(verbOf),
    meetingWords: KINDS.flatMap((k) => meeting[lang][k] ?? []).map(verbOf),
  };
}

/**
 * Every plain cue list of a language, and the words of giving and meeting, in one index: a
 * sentence's tokens are looked up once for all of them.
 */
export const cueLists: PerLang<PhraseLists<CueName | 'commitmentWords' | 'meetingWords'>> = {
  fr: allCueLists('fr'),
  en: allCueLists('en'),
  de: allCueLists('de'),
};
function allCueLists(lang: Lang) {
  const lists = Object.fromEntries(Object.entries(cueWords).map(([name, words]) => [name, words[lang]]));
  return new PhraseLists({ ...(lists as Record<CueName, string[]>), ...signalWords(lang) });
}
export const conditionalSuffixes: string[] = status.conditional_suffixes.fr;
export type { MeetingCue };
