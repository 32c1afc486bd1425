/** Texte français de la comparaison des donateurs. */
import type { compareEn } from './compare.en.ts';

export const compareFr: Record<keyof typeof compareEn, string> = {
  'nav.compare': 'Comparer les donateurs',
  'compare.title': 'Comparer les donateurs',
  'compare.intro':
    'Aide engagée envers l’Ukraine par donateur : valeur, part du total, % du PIB et par habitant. Cochez des donateurs pour les mettre côte à côte.',
  'compare.measure': 'Mesure',
  'compare.measure.value': 'Valeur',
  'compare.measure.share': 'Part',
  'compare.measure.gdp': '% du PIB',
  'compare.measure.per_capita': 'Par habitant',
  'compare.currency': 'Monnaie',
  'compare.rank': 'Rang',
  'compare.donor': 'Donateur',
  'compare.committed': 'Engagé',
  'compare.delivered': 'Livré',
  'compare.choose': 'Comparer',
  'compare.chooseDonor': 'Comparer {donor}',
  'compare.ranking': 'Donateurs classés selon : {measure}',
  'compare.sideBySide': 'Côte à côte',
  'compare.noneChosen': 'Cochez jusqu’à {max} donateurs dans le classement pour les comparer ici.',
  'compare.tooMany': 'Au plus {max} donateurs côte à côte : décochez-en un d’abord.',
  'compare.clear': 'Effacer le choix',
  'compare.map': 'Carte : {measure}',
  'compare.mapLabel':
    'Carte du monde des donateurs colorés selon {measure} ; le tableau du classement donne les mêmes chiffres.',
  'compare.noData': 'Pas de chiffre',
  'compare.mapLoading': 'Chargement de la carte…',
  'compare.csv': 'Télécharger le classement (CSV)',
  'compare.permalink': 'Lien vers cette vue',
  'compare.none': '—',
  'compare.noRecord': 'Aucun engagement d’aide enregistré pour ce donateur dans votre vue.',
  'compare.rankingTitle': 'Classement',
};
