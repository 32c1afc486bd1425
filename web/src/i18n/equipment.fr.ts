/** Texte français de la vue du matériel. */
import type { equipmentEn } from './equipment.en.ts';

export const equipmentFr: Record<keyof typeof equipmentEn, string> = {
  'nav.equipment': 'Matériel',
  'equipment.title': 'Matériel fourni',
  'equipment.intro':
    'Les systèmes du catalogue dans les engagements d’aide : combien ont été engagés et livrés, dans combien d’engagements, par quels donateurs. Les engagements annulés sont comptés à part.',
  'equipment.category': 'Catégorie',
  'equipment.allCategories': 'Toutes les catégories',
  'equipment.sort': 'Ordre',
  'equipment.sort.committed': 'Les plus engagés',
  'equipment.sort.delivered': 'Les plus livrés',
  'equipment.sort.name': 'Nom',
  'equipment.system': 'Système',
  'equipment.committed': 'Engagés',
  'equipment.delivered': 'Livrés',
  'equipment.deliveredPct': '% livré',
  'equipment.commitments': 'Engagements',
  'equipment.donors': 'Donateurs',
  'equipment.unnamed': 'Non nommé ({category})',
  'equipment.summary': '{systems} systèmes, {lines} lignes, {donors} donateurs',
  'equipment.unquantified': '+ {count} sans quantité',
  'equipment.approximate.one': '{count} approximative',
  'equipment.approximate.other': '{count} approximatives',
  'equipment.cancelled.one': '{count} annulé',
  'equipment.cancelled.other': '{count} annulés',
  'equipment.none': 'Aucun matériel dans cette vue.',
  'equipment.csv': 'Télécharger le tableau (CSV)',
  'equipment.permalink': 'Lien vers cette vue',
};
