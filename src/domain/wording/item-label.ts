/**
 * An equipment line worded for a reader, shared by the web client's titles and the printed
 * briefing packs: "2 Patriot systems" / "2 systèmes Patriot", "about 50 Gepard vehicles", the
 * catalogue's short name alone when the quantity is not known, else the category.
 */
import { localeTags } from './format.ts';
import { categoryName, unitName, type Words } from './names.ts';

/** The units a title counts in; any other counts as "units". */
const units = new Set([
  'vehicle',
  'missile',
  'system',
  'round',
  'launcher',
  'gun',
  'aircraft',
  'vessel',
  'weapon',
  'battery',
]);

/** The catalogue's name and unit of an equipment type, as titles word them. */
export interface CatalogueEntry {
  name: string;
  unit: string;
}

export interface ItemLine {
  equipment: string | null;
  category: string | null;
  quantity: number | null;
  quantity_qualifier: string | null;
}

/** A proper name reads the same in every language: the first English alias ("Patriot"), else the name. */
export function shortName(equipment: { name: string; aliases: { en?: string[] } }): string {
  return equipment.aliases.en?.[0] ?? equipment.name;
}

/** "2 Patriot systems", "about 50 Gepard vehicles", "IRIS-T SLM" (no quantity), "air defence". */
export function itemLabel(line: ItemLine, entry: CatalogueEntry | undefined, words: Words): string {
  const tag = localeTags[words.locale];
  const name =
    entry?.name ??
    line.equipment ??
    (line.category ? categoryName(line.category, words).toLocaleLowerCase(tag) : '');
  if (line.quantity === null) return name;
  const unit = entry && units.has(entry.unit) ? entry.unit : 'unit';
  const count = new Intl.NumberFormat(tag).format(line.quantity);
  const about =
    line.quantity_qualifier === 'about' ? '~' : line.quantity_qualifier === 'at_least' ? '≥ ' : '';
  const unitWord = unitName(unit, line.quantity, words);
  // "Patriot missile" with the unit "missile" reads "2 Patriot missiles", not "2 Patriot missile missiles".
  const bare = name.replace(new RegExp(`\\s+${unit}s?$`, 'i'), '');
  // "2 Patriot systems" in English; "2 systèmes Patriot" in French.
  return words.locale === 'fr'
    ? `${about}${count} ${unitWord} ${bare}`
    : `${about}${count} ${bare} ${unitWord}`;
}
