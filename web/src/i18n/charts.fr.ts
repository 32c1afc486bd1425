/** Texte français des pages de graphiques : la valeur dans le temps. */
import type { chartsEn } from './charts.en.ts';

export const chartsFr: Record<keyof typeof chartsEn, string> = {
  'nav.valueOverTime': 'Dans le temps',
  'footer.dataAsOf': 'Données au {date}',
  'footer.ratesOf': 'Taux de change BCE du {date}',
  'value.title': 'Valeur de l’aide dans le temps',
  'value.intro':
    'Valeur engagée au mois de l’annonce de chaque engagement, valeur livrée au mois de chaque livraison, convertie à chaque date de valeur.',
  'value.currency': 'Monnaie',
  'value.split': 'Afficher',
  'value.split.mode': 'Par canal',
  'value.split.measure': 'Engagé et livré',
  'value.measure': 'Mesure',
  'value.measure.committed': 'Engagé',
  'value.measure.delivered': 'Livré',
  'value.scale': 'Échelle',
  'value.scale.monthly': 'Par mois',
  'value.scale.cumulative': 'Cumulé',
  'value.donor': 'Donateur',
  'value.allDonors': 'Tous les donateurs',
  'value.chartLabel': 'Valeur de l’aide par mois : {what}, {scale}, en {currency}',
  'value.month': 'Mois',
  'value.total': 'Total',
  'value.totals': 'Engagé {committed}, livré {delivered} au total.',
  'value.csv': 'Télécharger les chiffres (CSV)',
  'value.permalink': 'Lien vers cette vue',
  'value.empty': 'Aucun engagement chiffré dans cette vue.',
  'value.rules': 'Règles de calcul',
  'value.rule.burden-rules':
    'Les règles de la vue d’ensemble s’appliquent : l’aide seulement (ni ventes ni réapprovisionnements), l’argent mis en commun compté une fois pour ses financeurs, la valeur indicative du catalogue pour le matériel sans montant, chaque montant converti à sa date de valeur.',
  'value.rule.committed-in-announcement-month':
    'La valeur engagée compte au mois où l’engagement a été annoncé.',
  'value.rule.delivered-in-delivery-month':
    'La valeur livrée compte au mois de chaque livraison, pour la part de sa ligne qu’elle complète ; un engagement déclaré livré compte le reste au mois de cette déclaration.',
  'value.rule.package-delivered-in-its-month':
    'Un paquet commun livré compte comme livré au mois de son annonce : les paquets n’ont pas de date de livraison.',
  'value.note.unconvertible.one':
    '{count} montant n’a pas pu être converti (pas de date de valeur, ou pas de cours BCE proche) et n’est pas dans les sommes.',
  'value.note.unconvertible.other':
    '{count} montants n’ont pas pu être convertis (pas de date de valeur, ou pas de cours BCE proche) et ne sont pas dans les sommes.',
  'value.note.vague.one': '{count} engagement au montant vague est compté, pas additionné.',
  'value.note.vague.other': '{count} engagements au montant vague sont comptés, pas additionnés.',
  'value.note.unvalued.one':
    '{count} engagement n’a ni montant ni valeur de catalogue et n’est pas dans les sommes.',
  'value.note.unvalued.other':
    '{count} engagements n’ont ni montant ni valeur de catalogue et ne sont pas dans les sommes.',
  'value.note.undated':
    'Les enregistrements sans date ne sont dans aucun mois : {committed} engagés, {delivered} livrés.',
};
