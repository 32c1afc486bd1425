/**
 * Meetings: a meeting word (data/extract/triggers.json), its participants (parties named before
 * the topic of the talks), place, date and kind. A sentence yields at most one meeting, the
 * one of its most specific cue ("sommet de l'OTAN" before "rencontre").
 */
import { cues, type MeetingCue } from '../lexicon/cues.ts';
import type { MeetingKind } from '../types.ts';
import { emptyCandidate, type Candidate } from './candidate.ts';
import type { PartyEntry } from '../lexicon/parties.ts';
import { words } from '../lexicon/grammar.ts';
import { coordinatedWith } from './coordination.ts';
import { afterPlacePrep, afterRecipientPrep } from './roles.ts';
import {
  charSpan,
  clauseOf,
  hasCue,
  settingBefore,
  within,
  wordsOf,
  type Mention,
  type Sentence,
} from './sentence.ts';

/** The contact group named as a group ("Ramstein-Gruppe", "contact group", "groupe de contact"). */
const GROUP = /grupp|group/;

const PRIORITY: MeetingCue[] = ['udcg', 'nato_summit', 'nato_ministerial', 'conference', 'summit', 'meeting'];

export function findMeetings(s: Sentence): Candidate[] {
  // "received 40 Marder from Germany" receives things, not visitors.
  const things = s.items.length + s.categories.length + s.money.length > 0;
  const receivesThings = (m: Mention<MeetingCue>) =>
    things && s.triggers.some((t) => t.start === m.start && t.value.act === 'receive');
  const fresh = s.meetings.filter(
    (m) => m.value !== 'not_meeting' && !receivesThings(m) && !s.cue.anaphora.some((a) => a.end === m.start),
  );
  if (fresh.length === 0) return [];
  const cue = [...fresh].sort(
    (a, b) => PRIORITY.indexOf(a.value) - PRIORITY.indexOf(b.value),
  )[0] as Mention<MeetingCue>;
  const clause = clauseOf(s, cue.start);
  // "Die Kontaktgruppe war im April 2022 gegründet worden": a group being introduced, not meeting.
  if (hasCue(s, 'founding', clause)) return [];
  const topicAt = s.cue.topic.find((t) => t.start > cue.start)?.start ?? s.tokens.length;
  // "au format Ramstein", "im Ramstein-Format": the name of the format is no place.
  const namesFormat = (p: Mention<PartyEntry>) =>
    s.meetings.some(
      (m) =>
        m.start <= p.start &&
        p.end <= m.end &&
        s.tokens.slice(m.start, m.end).some((t) => t.fold.startsWith('format')),
    );
  const places = s.parties.filter(
    (p) =>
      !namesFormat(p) &&
      (p.value.form === 'city' ||
        ((p.value.form === 'capital' || p.value.form === 'landmark') && afterPlacePrep(s, p))),
  );
  const place = places.find((p) => p.value.form !== 'landmark') ?? null;
  const landmark = places.find((p) => p.value.form === 'landmark') ?? null;
  const participants: Mention<unknown>[] = [];
  const codes: string[] = [];
  // "Bei dem Treffen sagte Deutschland der Ukraine … zu": a meeting word as the setting of the
  // sentence, with nobody named beside it ("beim Treffen mit Selenskyj"), has no participants
  // among the parties of the sentence.
  const bare = settingBefore(s, cue.start) && cues.meetingWith[s.lang].matchAt(s.tokens, cue.end) === null;
  const excluded = (p: Mention<PartyEntry>) =>
    places.includes(p) || afterRecipientPrep(s, p) || p.value.form === 'city' || p.value.code === 'PURL';
  const metWith = cue.value === 'meeting' ? twoParty(s, cue, excluded) : null;
  for (const p of metWith ?? s.parties) {
    if (!metWith && ((p.start >= topicAt && p.start > cue.end) || !within(p, clause) || bare)) continue;
    if (excluded(p)) continue;
    if (!codes.includes(p.value.code)) codes.push(p.value.code);
    participants.push(p);
  }
  // "Selenskyj reiste zu Gesprächen nach Berlin", "lors de sa visite à Kyiv": one party meeting
  // in another state's capital meets that state.
  if (cue.value === 'meeting' && codes.length === 1 && place?.value.form === 'capital' && !bare) {
    const host = place.value.code;
    if (host !== codes[0] && !NOT_HOSTS.has(host)) codes.push(host);
  }
  const date = meetingDate(s, cue);
  // "Seit April 2022 kommen die Minister im Ramstein-Format zusammen": with no date but one it is
  // held since, a series, not a meeting.
  if (!date && s.dates.some((d) => sinceDate(s, d))) return [];
  const specific = cue.value !== 'meeting';
  if (codes.length < 2 && !(specific && (date || place))) return [];
  // "Ramstein-Gruppe rüstet Kiew für Panzerschlacht", "The contact group backs Kyiv": the group
  // named as an actor, with no word of meeting, no date and no place, is not meeting.
  const groupOnly = fresh.length === 1 && s.tokens.slice(cue.start, cue.end).some((t) => GROUP.test(t.fold));
  if (groupOnly && !date && !place) return [];
  // "Russland sollte an der nächsten Konferenz teilnehmen": with neither date nor place, a modal
  // tells of a meeting that should or could happen, not one that did or is set.
  if (!date && !place && hasCue(s, 'hypothetical', clause)) return [];
  // "Die Nato-Staaten haben sich beim Gipfel in Den Haag verpflichtet …": a summit that is the
  // setting of a sentence about NATO is NATO's, whoever its participants are.
  const natoSetting = bare && cue.value === 'summit' && s.parties.some((p) => p.value.code === 'NATO');
  const kind = kindOf(cue.value, natoSetting ? [...codes, 'NATO'] : codes);
  const involved = [
    cue,
    ...participants,
    ...(place ? [place] : []),
    ...(landmark ? [landmark] : []),
    ...(date ? [date] : []),
  ];
  const start = Math.min(...involved.map((m) => m.start));
  const end = Math.max(...involved.map((m) => m.end));
  const fact = emptyCandidate('meeting', charSpan(s, start, end));
  fact.kind = kind;
  fact.participants = codes;
  fact.date = date?.date ?? null;
  fact.place = place
    ? s.tokens
        .slice(place.start, place.end)
        .map((t) => t.text)
        .join(' ')
        .replace(/ - /g, '-')
    : null;
  // "au siège de l'OTAN": the building of an organisation names no country.
  const state =
    landmark && /^[A-Z]{2}$/.test(landmark.value.code) && landmark.value.code !== 'EU' ? landmark : null;
  fact.country = (place ?? state)?.value.code ?? null;
  fact.confidence = codes.length >= 2 && (date || place) ? 0.8 : 0.6;
  fact.cue = `meeting/${cue.value}: ${wordsOf(s, cue)}`;
  return [fact];
}

/**
 * "Nach Treffen mit Selenskyj: Scholz sagt …", "lors d'une rencontre avec le secrétaire général de
 * l'OTAN, Mark Rutte, Trump s'est dit …": a meeting word followed by "mit/with/avec" and who was met
 * is a meeting of those named there and one other: the party before the meeting word in its
 * clause, else the first party after those met, wherever the sentence names it.
 */
function twoParty(
  s: Sentence,
  cue: Mention<MeetingCue>,
  excluded: (p: Mention<PartyEntry>) => boolean,
): Mention<PartyEntry>[] | null {
  const opener = cues.meetingWith[s.lang].matchAt(s.tokens, cue.end);
  if (!opener || s.tokens[opener.start]?.fold === 'entre' || s.tokens[opener.start]?.fold === 'between')
    return null;
  const first = s.parties.find((p) => p.start >= opener.end && p.start <= opener.end + 5 && !excluded(p));
  if (!first) return null;
  // "avec le secrétaire général de l'OTAN, Mark Rutte, Trump s'est dit …": commas alone join
  // appositions of the one met, not a list; the party after them is the subject.
  const chain = coordinatedWith(s, first).filter((p) => p.start >= first.start);
  const listed = s.tokens
    .slice(first.end, chain.at(-1)!.start)
    .some((t) => t.kind === 'word' && words.coordination[s.lang].matchAt([t], 0) !== null);
  const met = listed ? chain : chain.filter((p) => p.value.code === first.value.code);
  const metCodes = new Set(met.map((p) => p.value.code));
  const clause = clauseOf(s, cue.start);
  const other = (p: Mention<PartyEntry>) => !metCodes.has(p.value.code) && !excluded(p);
  const host =
    s.parties.filter((p) => within(p, clause) && p.end <= cue.start && other(p)).pop() ??
    s.parties.find((p) => p.start >= (met.at(-1)?.end ?? opener.end) && other(p));
  return host ? [host, ...met] : null;
}

/** Capitals that stand for no meeting party of their own (an organisation's seat). */
const NOT_HOSTS = new Set(['EU', 'NATO']);

/** Words that open a time limit or a horizon ("bis 2035", "by 2035", "within 50 days"), not a meeting's date. */
const HORIZON = new Set(['bis', 'by', "d'ici", 'within', 'innerhalb', 'binnen', 'dans', 'until', "jusqu'en"]);

/** The date told nearest to the meeting word, leaving out horizons and deadlines. */
/** "seit April 2022", "since 2022", "depuis le 26 avril": the date a series has been held since (`since` in triggers.json). */
const sinceDate = (s: Sentence, d: { start: number }) =>
  s.cue.since.some((m) => m.end === d.start || m.end === d.start - 1);

function meetingDate(s: Sentence, cue: Mention<MeetingCue>) {
  const dated = s.dates.filter(
    (d) =>
      d.date !== null &&
      !HORIZON.has(s.tokens[d.start]?.fold ?? '') &&
      !HORIZON.has(s.tokens[d.start - 1]?.fold ?? '') &&
      !sinceDate(s, d),
  );
  const distance = (d: { start: number; end: number }) =>
    d.start >= cue.end ? d.start - cue.end : Math.max(0, cue.start - d.end);
  return dated.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function kindOf(cue: MeetingCue, codes: string[]): MeetingKind | null {
  if (cue === 'udcg' || codes.includes('UDCG')) return 'udcg';
  if (cue === 'nato_summit' || (cue === 'summit' && codes.includes('NATO'))) return 'nato_summit';
  if (cue === 'nato_ministerial') return 'nato_ministerial';
  if (cue === 'conference' || cue === 'summit') return 'conference';
  return codes.length === 2 ? 'bilateral' : codes.length > 2 ? 'conference' : null;
}
