import type { analyticsEn } from './analytics.en.ts';

/** Texte français des vues d'analyse : suivi des promesses par réunion, juste part, bases d'évaluation. */
export const analyticsFr: Record<keyof typeof analyticsEn, string> = {
  'follow.title': 'Suivi de ces promesses',
  'follow.sinceLast': 'Depuis la dernière session',
  'follow.sinceLastText.one':
    'De l’engagement annoncé à {meeting} ({announced}), {committed} de la valeur est engagée, {contracted} sous contrat et {delivered} livrée, selon ce qui est connu au {date}.',
  'follow.sinceLastText.other':
    'Des {count} engagements annoncés à {meeting} ({announced}), {committed} de la valeur est engagée, {contracted} sous contrat et {delivered} livrée, selon ce qui est connu au {date}.',
  'follow.none': 'Aucun engagement n’a été annoncé à la session précédente.',
  'follow.noPrevious': 'Pas de session antérieure à suivre.',
  'follow.stage': 'Étape',
  'follow.count': 'Engagements',
  'follow.value': 'Valeur',
  'follow.valuePct': '% de la valeur annoncée',
  'follow.units': 'Unités',
  'follow.announced': 'Annoncé',
  'follow.committed': 'Engagé',
  'follow.contracted': 'Sous contrat',
  'follow.delivered': 'Livré',
  'follow.cancelled.one': '{count} annulé, {unvalued} sans valeur.',
  'follow.cancelled.other': '{count} annulés, {unvalued} sans valeur.',
  'follow.range':
    'Comprend des valeurs estimées : le total annoncé va de {low} à {high} selon la base d’évaluation.',
  'follow.asOf': 'Selon ce qui est connu au {date} ; valeurs en EUR à la date de chaque valeur.',
  'fair.title': 'Juste part',
  'fair.ranking': 'Juste part en {year} : contribution face aux repères',
  'fair.rank': 'Rang',
  'fair.donor': 'Donateur',
  'fair.contribution': 'Contribution',
  'fair.pctGdp': '% du PIB',
  'fair.ask': 'Face à la demande de 0,25 %',
  'fair.gdpShare': 'Face à sa part du PIB',
  'fair.natoPath': 'Face à sa part des dépenses OTAN',
  'fair.ranks': 'Rang selon les bases',
  'fair.editions': 'PIB : {gdp}. OTAN : {nato}. Repère : {benchmark}.',
  'fair.chart.label': 'Diagramme en barres de la contribution en {year} à côté des trois repères',
  'fair.notRanked': 'Pas de PIB pour cette partie : pas de repère.',
  'fair.notInYear': 'Aucune contribution enregistrée pour {year}.',
  'fair.over': 'au-dessus',
  'fair.under': 'en dessous',
  'fair.range': 'De {low} à {high} selon la base d’évaluation.',
  'valuation.range':
    'Le total engagé comprend des valeurs estimées : de {low} à {high} selon la base d’évaluation (fiche, catalogue, Kiel, déclarée).',
  'valuation.kiel': 'Base Kiel : {edition} (publiée le {published}).',
  'valuation.kielNone':
    'Base Kiel : aucune édition de Kiel avec armes lourdes importée ; elle compte comme la fiche.',
};
