/**
 * Names in sources, checked against the registry of officials: misspelled family names
 * ("Pistorious"), a first name that is not the office holder's ("Dan Hegseth"), and a title given
 * to someone who did not hold it on the source's date (Stoltenberg called NATO's secretary
 * general in 2025). The result is a list of flags for a reviewer, never a correction.
 */
import { damerauLevenshtein, foldName, tolerance } from './name-distance.ts';

export interface OfficeHolding {
  id: string;
  given_name: string;
  family_name: string;
  aliases: readonly string[];
  role: string;
  title: string;
  party: string;
  from_on: string;
  to_on: string | null;
}

export type NameFlagKind = 'misspelled' | 'first_name_mismatch' | 'title_held_by_other' | 'title_not_held';

export interface NameFlag {
  kind: NameFlagKind;
  /** JavaScript string offsets of the name as written. */
  start: number;
  end: number;
  text: string;
  person: string;
  message: string;
}

interface TitlePattern {
  pattern: RegExp;
  role: string;
  /** The party the title implies by itself (NATO's secretary general), or null. */
  party: string | null;
}

// Titles in English, French and German; a nationality near the title gives the party.
const titlePatterns: TitlePattern[] = [
  {
    pattern:
      /secretary[- ]general|secr[ée]taire g[ée]n[ée]ral|generalsekret[äa]r|nato chief|chef de l.otan/iu,
    role: 'nato_secretary_general',
    party: 'NATO',
  },
  {
    pattern:
      /defen[cs]e (?:minister|secretary|chief)|secretary of (?:defen[cs]e|war)|war secretary|pentagon chief|ministre (?:de la d[ée]fense|des arm[ée]es)|verteidigungsminister(?:in)?/iu,
    role: 'defence_minister',
    party: null,
  },
  { pattern: /chancellor|chancelier|bundeskanzler|kanzler/iu, role: 'head_of_government', party: 'DE' },
  { pattern: /prime minister|premier ministre|premierminister/iu, role: 'head_of_government', party: null },
  { pattern: /\bpresident\b|pr[ée]sident/iu, role: 'head_of_state', party: null },
];
const titles = titlePatterns.map((t) => ({
  ...t,
  global: new RegExp(t.pattern.source, `${t.pattern.flags}g`),
}));

const nationalities: [RegExp, string][] = [
  [/\b(?:US|U\.S\.|American|Pentagon|américain|amerikanisch\w*|Washington)\b/u, 'US'],
  [/\b(?:German|allemand\w*|deutsch\w*|Germany|Allemagne|Berlin)\b/iu, 'DE'],
  [/\b(?:British|UK|U\.K\.|britannique\w*|britisch\w*|London|Londres)\b/u, 'GB'],
  [/\b(?:Ukrain\w*|ukrainien\w*|Kyiv|Kiev)\b/iu, 'UA'],
  [/\b(?:French|français\w*|französisch\w*|Paris)\b/iu, 'FR'],
  [/\b(?:Norwegian|norvégien\w*|norwegisch\w*|Oslo)\b/iu, 'NO'],
  [/\b(?:NATO|OTAN|Nato)\b/u, 'NATO'],
];

/** Capitalised words that stand before a name without being a first name. */
const notFirstNames = new Set(
  [
    'the',
    'on',
    'in',
    'at',
    'and',
    'but',
    'when',
    'after',
    'before',
    'today',
    'yesterday',
    'said',
    'says',
    'le',
    'la',
    'les',
    'et',
    'mais',
    'selon',
    'der',
    'die',
    'das',
    'und',
    'am',
    'laut',
    'mr',
    'mrs',
    'ms',
    'herr',
    'frau',
    'mme',
    'minister',
    'ministre',
    'secretary',
    'general',
    'chancellor',
    'president',
    'defence',
    'defense',
    'nato',
    'otan',
    'us',
    'uk',
    'chief',
    'sir',
    'dr',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'lundi',
    'mardi',
    'mercredi',
    'jeudi',
    'vendredi',
    'samedi',
    'dimanche',
    'verteidigungsminister',
    'kanzler',
    'premier',
    'prime',
  ].map(foldName),
);

const holds = (h: OfficeHolding, date: string) => h.from_on <= date && (h.to_on === null || date < h.to_on);
const fullName = (h: Pick<OfficeHolding, 'given_name' | 'family_name'>) => `${h.given_name} ${h.family_name}`;

/** How far a sentence boundary is looked for: the title window never reaches further. */
const SENTENCE_REACH = 200;

/** The sentence around a name, looked for only near it so that checking a text stays linear in its length. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const reachStart = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(reachStart, start);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const from = boundary === -1 ? reachStart : reachStart + boundary + 1;
  const after = text.slice(end, end + SENTENCE_REACH).search(/\.\s|\n/);
  return [from, after === -1 ? Math.min(text.length, end + SENTENCE_REACH) : end + after + 1];
}

/** The title nearest to a name within its sentence, with the party the title implies or names near it. */
function titleNear(text: string, start: number, end: number): { role: string; party: string | null } | null {
  const [from, to] = sentenceAround(text, start, end);
  const windowStart = Math.max(from, start - 70);
  const windowEnd = Math.min(to, end + 50);
  const window = text.slice(windowStart, windowEnd);
  let best: { role: string; party: string | null; distance: number; at: number; length: number } | null =
    null;
  for (const t of titles) {
    for (const m of window.matchAll(t.global)) {
      const at = windowStart + m.index;
      const distance = at < start ? start - (at + m[0].length) : at - end;
      if (!best || distance < best.distance)
        best = { role: t.role, party: t.party, distance, at, length: m[0].length };
    }
  }
  if (!best) return null;
  if (best.party) return { role: best.role, party: best.party };
  // Nationality words close to the title: "the German defence minister", "US Defense Secretary".
  const around = text.slice(Math.max(from, best.at - 30), Math.min(to, best.at + best.length + 25));
  const party = nationalities.find(([pattern]) => pattern.test(around))?.[1] ?? null;
  return { role: best.role, party: party === 'NATO' ? null : party };
}

export function reconcileNames(
  text: string,
  date: string | null,
  registry: readonly OfficeHolding[],
): NameFlag[] {
  const people = new Map<string, OfficeHolding[]>();
  for (const h of registry) {
    const key = foldName(h.family_name);
    people.set(key, [...(people.get(key) ?? []), h]);
  }
  const givenNames = (holdings: readonly OfficeHolding[]) =>
    new Set(
      holdings.flatMap((h) => [h.given_name, ...h.aliases.map((a) => a.split(/\s+/)[0] ?? '')]).map(foldName),
    );

  // Words recur through a text: each distinct one is compared with the registry once.
  const nearCache = new Map<string, OfficeHolding[] | null>();
  const nearFamily = (folded: string): OfficeHolding[] | null => {
    const cached = nearCache.get(folded);
    if (cached !== undefined) return cached;
    const near = [...people.entries()].filter(
      ([family]) =>
        family[0] === folded[0] &&
        Math.abs(family.length - folded.length) <= 2 &&
        damerauLevenshtein(family, folded) <= tolerance(family.length),
    );
    const found = near.length === 1 && tolerance(folded.length) > 0 ? near[0]![1] : null;
    nearCache.set(folded, found);
    return found;
  };

  const flags: NameFlag[] = [];
  const words = [...text.matchAll(/\p{Lu}[\p{L}'’-]+/gu)];
  words.forEach((word, index) => {
    const written = word[0];
    const start = word.index;
    const end = start + written.length;
    const folded = foldName(written);
    let holdings = people.get(folded);
    if (!holdings) {
      holdings = nearFamily(folded) ?? undefined;
      if (!holdings) return;
      const person = holdings[0]!;
      flags.push({
        kind: 'misspelled',
        start,
        end,
        text: written,
        person: fullName(person),
        message: `"${written}" is probably ${fullName(person)} (${person.title})`,
      });
    }
    const person = holdings[0]!;

    // The word just before, if it is capitalised and follows with a single space, is a first name.
    const previous = words[index - 1];
    if (previous && previous.index + previous[0].length + 1 === start && text[start - 1] === ' ') {
      const first = foldName(previous[0]);
      if (!notFirstNames.has(first) && !givenNames(holdings).has(first) && first.length > 1) {
        flags.push({
          kind: 'first_name_mismatch',
          start: previous.index,
          end,
          text: `${previous[0]} ${written}`,
          person: fullName(person),
          message: `the ${person.title} named ${person.family_name} is ${fullName(person)}, not ${previous[0]}`,
        });
      }
    }

    if (!date) return;
    const title = titleNear(text, start, end);
    if (!title) return;
    const own = holdings.filter(
      (h) => h.role === title.role && (title.party === null || h.party === title.party),
    );
    if (own.some((h) => holds(h, date))) return;
    const holder = title.party
      ? registry.find((h) => h.role === title.role && h.party === title.party && holds(h, date))
      : undefined;
    const formerly = own.find((h) => h.to_on !== null && h.to_on <= date);
    if (holder) {
      flags.push({
        kind: 'title_held_by_other',
        start,
        end,
        text: written,
        person: fullName(person),
        message:
          `on ${date} the ${holder.title} was ${fullName(holder)} (from ${holder.from_on})` +
          (formerly ? `; ${fullName(person)} held it until ${formerly.to_on}` : `, not ${fullName(person)}`),
      });
    } else if (own.length > 0 || title.party === null) {
      flags.push({
        kind: 'title_not_held',
        start,
        end,
        text: written,
        person: fullName(person),
        message: formerly
          ? `${fullName(person)} held that office until ${formerly.to_on}, before ${date}`
          : `${fullName(person)} is not recorded in that office on ${date}`,
      });
    }
  });
  return flags;
}
