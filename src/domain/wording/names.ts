/**
 * Names worded in the reader's language, shared by the web client and the printed briefing packs:
 * equipment categories, units in the form their number calls for, a meeting's place and short name.
 */
import { hasSharedText, type SharedTextKey, type Vars } from './catalogue.ts';
import { localeTags, type Locale } from './format.ts';

/** What wording a name needs: the language and a lookup that knows the shared catalogue. */
export interface Words {
  locale: Locale;
  t: (key: SharedTextKey, vars?: Vars) => string;
}

/** A catalogue category in the reader's language ("Air defence", "Défense aérienne"), else as given. */
export function categoryName(category: string, words: Words): string {
  const key = `category.${category}`;
  return hasSharedText(key) ? words.t(key) : category.replaceAll('_', ' ');
}

/** A unit in the form the number calls for ("1 system", "2 systems"; "2 systèmes"), else as given. */
export function unitName(unit: string, count: number, words: Words): string {
  const key = `unit.${unit}`;
  return hasSharedText(key) ? words.t(key, { count }) : unit;
}

/** "12 missiles", "1 batterie": a number and its unit, written the reader's way. */
export function quantityText(quantity: number, unit: string | null, words: Words): string {
  const count = new Intl.NumberFormat(localeTags[words.locale]).format(quantity);
  return unit ? `${count} ${unitName(unit, quantity, words)}` : count;
}

const placeKeys: Record<string, SharedTextKey> = { virtual: 'place.virtual', online: 'place.online' };

/**
 * A meeting's place: the words a record uses for a meeting held at a distance ("virtual",
 * "Pentagon (virtual)") in the reader's language; a real place name stays as it is written.
 */
export function placeName(place: string, words: Words): string {
  const alone = placeKeys[place.trim().toLowerCase()];
  if (alone) return words.t(alone);
  const suffixed = /^(.*\S)\s*\((virtual|online)\)$/i.exec(place);
  if (suffixed) return `${suffixed[1]} (${words.t(placeKeys[suffixed[2]!.toLowerCase()]!)})`;
  return place;
}

/** "UDCG 33", "Sommet de l’OTAN": a meeting's short name and number. */
export function meetingShortName(
  kind: string,
  number: number | string | null | undefined,
  words: Words,
): string {
  const key = `meetingShort.${kind}`;
  const name = hasSharedText(key) ? words.t(key) : kind.replaceAll('_', ' ');
  return number === null || number === undefined || number === '' ? name : `${name} ${number}`;
}
