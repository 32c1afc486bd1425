/**
 * Equipment names: the catalogue's aliases in every language (plus the phrasings of
 * data/extract/equipment-aliases.json), and the unnamed kinds of data/extract/categories.json.
 * The catalogue is an argument so that the ledger can pass its own; indexes are cached per catalogue.
 */
import demo from '../../../data/demo/equipment.json' with { type: 'json' };
import extra from '../../../data/extract/equipment-aliases.json' with { type: 'json' };
import categories from '../../../data/extract/categories.json' with { type: 'json' };
import type { EquipmentEntry, Lang } from '../types.ts';
import { PhraseIndex } from './phrase-index.ts';

export interface ItemEntry {
  id: string;
  category: string;
}

export const demoCatalogue: readonly EquipmentEntry[] = demo as EquipmentEntry[];

const cache = new WeakMap<readonly EquipmentEntry[], PhraseIndex<ItemEntry>>();
const extraAliases: Record<string, string[]> = extra.aliases;
const ammunition: Record<string, string> = extra.ammunition;

/** What a system fires ("missiles for the Patriot system" → patriot-interceptor), if the catalogue has it. */
export function ammunitionFor(catalogue: readonly EquipmentEntry[], id: string): ItemEntry | null {
  const target = ammunition[id];
  const entry = target ? catalogue.find((e) => e.id === target) : undefined;
  return entry ? { id: entry.id, category: entry.category } : null;
}

/** The system that fires an ammunition, when one system alone does ("patriot-interceptor" → patriot). */
export function systemFiring(catalogue: readonly EquipmentEntry[], id: string): ItemEntry | null {
  const systems = Object.entries(ammunition).filter(([, fired]) => fired === id);
  const entry = systems.length === 1 ? catalogue.find((e) => e.id === systems[0]![0]) : undefined;
  return entry ? { id: entry.id, category: entry.category } : null;
}

export function itemIndex(catalogue: readonly EquipmentEntry[]): PhraseIndex<ItemEntry> {
  let index = cache.get(catalogue);
  if (index) return index;
  index = new PhraseIndex<ItemEntry>();
  for (const entry of catalogue) {
    const value = { id: entry.id, category: entry.category };
    const names = [entry.id, ...Object.values(entry.aliases).flat(), ...(extraAliases[entry.id] ?? [])];
    for (const name of names) index.add(name, value);
  }
  cache.set(catalogue, index);
  return index;
}

type PerLang = Record<Lang, string[]>;

function categoryIndexes(): Record<Lang, PhraseIndex<string>> {
  const out = { fr: new PhraseIndex<string>(), en: new PhraseIndex<string>(), de: new PhraseIndex<string>() };
  for (const [category, perLang] of Object.entries(categories.categories as Record<string, PerLang>)) {
    for (const lang of ['fr', 'en', 'de'] as const) for (const p of perLang[lang]) out[lang].add(p, category);
  }
  return out;
}

function unitIndexes(): Record<Lang, PhraseIndex<true>> {
  const out = { fr: new PhraseIndex<true>(), en: new PhraseIndex<true>(), de: new PhraseIndex<true>() };
  const units = categories.units as unknown as PerLang;
  for (const lang of ['fr', 'en', 'de'] as const) for (const p of units[lang]) out[lang].add(p, true);
  return out;
}

export const categoryIndex = categoryIndexes();
export const unitIndex = unitIndexes();
