import type { titlesEn } from './titles.en.ts';

/**
 * Mots des titres et de la page de recherche ; unités, catégories et noms courts des réunions sont
 * dans data/i18n/briefing.fr.json, partagés avec les dossiers de séance imprimés.
 */
export const titlesFr: Record<keyof typeof titlesEn, string> = {
  'title.moreLines.one': '{first} et {count} autre',
  'title.moreLines.other': '{first} et {count} autres',
  'title.noItems': 'aide',
  'search.title': 'Recherche',
  'search.titleFor': 'Recherche : {q}',
  'search.label': 'Rechercher dans le registre',
  'search.placeholder': 'Rechercher…',
  'search.hint':
    'Saisissez au moins deux caractères : un pays, un système, un lieu de réunion, un identifiant.',
  'search.none': 'Rien de ce que vous pouvez voir ne correspond à « {q} ».',
  'search.commitments': 'Engagements',
  'search.parties': 'Donateurs et parties',
  'search.partyCommitments.one': '{count} engagement comme donateur',
  'search.partyCommitments.other': '{count} engagements comme donateur',
  'search.equipment': 'Équipements',
  'search.meetings': 'Réunions',
};
