/**
 * The party gazetteer: every way an article names a state, an organisation or a group, and the
 * cities and buildings that stand for them. Country names come from i18n-iso-countries (en, fr,
 * de, with their aliases); the rest from data/extract.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import parties from '../../../data/extract/parties.json' with { type: 'json' };
import places from '../../../data/extract/places.json' with { type: 'json' };
import people from '../../../data/extract/people.json' with { type: 'json' };
import { PhraseIndex } from './phrase-index.ts';

/** How a party is named; the rules treat a demonym or a city differently from a name. */
/** `count`: a count of states standing for the contact group ("mehr als 50 Staaten"). */
export type PartyForm =
  'name' | 'organisation' | 'demonym' | 'capital' | 'city' | 'landmark' | 'person' | 'count';

export interface PartyEntry {
  code: string;
  form: PartyForm;
}

/** Country names that are common words or first names in one of the three languages. */
const AMBIGUOUS_NAMES = new Set([
  'Chad',
  'Jordan',
  'Maurice',
  'Georgia',
  'Guinea',
  'Man',
  'Niger',
  'Togo',
  'Réunion',
  'La Réunion',
  'Reunion',
]);

function build(): PhraseIndex<PartyEntry> {
  countries.registerLocale(en);
  countries.registerLocale(fr);
  countries.registerLocale(de);
  const index = new PhraseIndex<PartyEntry>();
  for (const lang of ['en', 'fr', 'de']) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) if (!AMBIGUOUS_NAMES.has(name)) index.add(name, { code, form: 'name' });
    }
  }
  const add = (groups: Record<string, string[]>, form: PartyForm) => {
    for (const [code, names] of Object.entries(groups))
      for (const name of names) index.add(name, { code, form });
  };
  add(parties.names, 'name');
  add(parties.organisations, 'organisation');
  add(parties.demonyms, 'demonym');
  add(parties.landmarks, 'landmark');
  add(people.people, 'person');
  for (const city of places.cities) {
    for (const name of city.names)
      index.add(name, { code: city.country, form: city.capital ? 'capital' : 'city' });
  }
  for (const region of places.regions)
    for (const name of region.names) index.add(name, { code: region.part_of, form: 'city' });
  return index;
}

export const partyIndex: PhraseIndex<PartyEntry> = build();
