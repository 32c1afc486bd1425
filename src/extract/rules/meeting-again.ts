/**
 * "The meeting" told again is the same meeting: a generic meeting word ("the meeting", "das
 * Treffen", "le sommet") with no date of its own, after a specific meeting of the article (a UDCG
 * session, a NATO summit), is another mention of that one and takes its kind, date and place, so
 * that the mentions merge. A summit told before any specific meeting (a headline: "Gipfel in Den
 * Haag eröffnet") is the NATO summit the article names next. A session of the same kind told
 * again with no date and no other place ("At the Ramstein meeting, …") is the one told before.
 */
import type { Candidate } from './candidate.ts';

const GENERIC = /^meeting\/(meeting|summit):/;
const fits = (generic: string, kind: Candidate['kind']) =>
  generic === 'meeting' || kind === 'nato_summit' || kind === 'conference';

const specific = (c: Candidate) =>
  c.type === 'meeting' && !GENERIC.test(c.cue ?? '') && c.kind !== null && c.kind !== 'bilateral';

export function sameMeetingAgain(candidates: Candidate[]): Candidate[] {
  let last: Candidate | null = candidates.find(specific) ?? null;
  let seenSpecific = false;
  return candidates.map((c) => {
    if (c.type !== 'meeting') return c;
    const generic = GENERIC.exec(c.cue ?? '')?.[1];
    if (!generic) {
      if (!specific(c)) return c;
      // "At the Ramstein meeting, Estonia promised …": a session of the same kind told again with
      // neither date nor place is the one told before.
      const samePlace = c.place === null || c.place === last?.place;
      if (seenSpecific && last && c.date === null && samePlace && last.date !== null && c.kind === last.kind)
        return again(c, last);
      last = c;
      seenSpecific = true;
      return c;
    }
    if (!seenSpecific && (generic !== 'summit' || last?.kind !== 'nato_summit')) return c;
    if (!last || c.date !== null || !fits(generic, last.kind)) return c;
    return again(c, last);
  });
}

const again = (c: Candidate, last: Candidate): Candidate => ({
  ...c,
  kind: last.kind,
  date: last.date,
  place: last.place ?? c.place,
  country: last.country ?? c.country,
  participants: last.participants,
});
