/**
 * The protective marking of a document built from records: the highest visibility among the
 * records it draws on, and, for restricted ones, the parties whose restricted records it holds.
 * A reader who forwards a printed pack sees at once whether it may leave the room.
 */
import { visibilities, type Visibility } from '../ledger/vocabulary.ts';
import { sharedText } from '../wording/catalogue.ts';
import type { Locale } from '../wording/format.ts';

export interface Marking {
  level: Visibility;
  /** Owner parties of the restricted records included, sorted; empty below `restricted`. */
  parties: string[];
}

export function markingOf(records: Iterable<{ visibility: string; owner_party?: string | null }>): Marking {
  let level: Visibility = 'public';
  const parties = new Set<string>();
  for (const r of records) {
    const v = (visibilities as readonly string[]).includes(r.visibility)
      ? (r.visibility as Visibility)
      : 'restricted';
    if (visibilities.indexOf(v) > visibilities.indexOf(level)) level = v;
    if (v === 'restricted' && r.owner_party) parties.add(r.owner_party);
  }
  return { level, parties: level === 'restricted' ? [...parties].sort() : [] };
}

/** The line printed on every page, in the pack's language. */
export function markingLine(m: Marking, locale: Locale = 'en'): string {
  if (m.level !== 'restricted') return sharedText(locale, `pack.marking.${m.level}`);
  return m.parties.length
    ? sharedText(locale, 'pack.marking.restrictedParties', { parties: m.parties.join(', ') })
    : sharedText(locale, 'pack.marking.restricted');
}
