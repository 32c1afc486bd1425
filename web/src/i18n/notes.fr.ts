import type { notesEn } from './notes.en.ts';

/** Règles de comptage et notes des rapports en français, selon les identifiants donnés par l’API. */
export const notesFr: Record<keyof typeof notesEn, string> = {
  'rule.aid-only':
    'Aide seulement : les ventes et les recomplètements (un donateur qui reconstitue ses propres stocks, ou qui se donne à lui-même) ne sont pas comptés.',
  'rule.pooled-to-funders':
    'Les fonds mis en commun sont attribués une seule fois à leurs financeurs : un paquet n’est jamais un donateur ; une part liée à un engagement est comptée par cet engagement seulement, une part non liée est comptée pour son financeur.',
  'rule.co-donors-once':
    'Les co-donateurs sont cités, mais le montant d’un engagement est compté une seule fois, pour son donateur principal.',
  'rule.value-date-rate':
    'Chaque montant est converti à sa date de valeur (le dernier taux BCE publié ce jour-là ou avant, croisé par l’euro sur un même jour de publication) et arrondi une seule fois au centime, au pair le plus proche.',
  'rule.catalogue-estimate':
    'Le matériel sans montant est valorisé à la valeur unitaire indicative du catalogue × la quantité et signalé comme estimé ; sans l’un ni l’autre, il est compté comme non valorisé.',
  'rule.vague-counted': 'Les montants imprécis (« des milliards ») sont comptés, jamais additionnés.',
  'rule.delivered-share':
    'La valeur livrée est la valeur de l’engagement × sa part livrée (quantité livrée ÷ quantité promise, en moyenne sur ses lignes), ou sa valeur entière une fois livré.',
  'rule.pipeline-stages':
    'Le total promis est réparti par étape du processus et les étapes s’additionnent exactement : l’étape livrée est la valeur livrée (livraisons partielles comprises), chaque autre étape la valeur pas encore livrée des engagements à ce statut.',
  'rule.valuation-basis':
    'Toutes les valeurs suivent la base de valorisation choisie (registre, catalogue, Kiel ou déclarée) : un engagement valorisé autrement sur cette base déplace d’autant les valeurs promise, estimée et livrée, les parts, le % du PIB et la valeur par habitant.',
  'rule.valuation-range':
    'Quand une valeur promise comprend des estimations, elle est aussi donnée selon chaque base de valorisation (registre, catalogue, Kiel, déclarée), sous forme de fourchette.',
  'note.per-capita': 'Par habitant : valeur promise ÷ population en {years} (Banque mondiale).',
  'note.per-capita-none': 'Aucune donnée de population n’est chargée : pas de valeur par habitant.',
  'note.gdp-2021':
    'Le % du PIB utilise le PIB de 2021 (Banque mondiale, USD courants) pour toutes les années, comme les suivis publics.',
  'note.gdp-same-year':
    'Le % du PIB utilise le PIB de l’année de chaque engagement (Banque mondiale, USD courants).',
  'note.gdp-fallback':
    'Le PIB de certaines années d’engagement manque ; la dernière année disponible est utilisée pour {parties}.',
  'note.no-gdp': 'Aucun PIB pour {parties} : pas de % du PIB.',
  'note.no-population': 'Aucune population pour {parties} : pas de valeur par habitant.',
  'note.estimated.one':
    '{count} engagement est valorisé d’après les valeurs unitaires du catalogue (estimé).',
  'note.estimated.other':
    '{count} engagements sont valorisés d’après les valeurs unitaires du catalogue (estimés).',
  'note.vague.one': '{count} engagement au montant imprécis est compté, non additionné.',
  'note.vague.other': '{count} engagements au montant imprécis sont comptés, non additionnés.',
  'note.unvalued.one': '{count} engagement n’a ni montant ni valeur de catalogue : non valorisé.',
  'note.unvalued.other': '{count} engagements n’ont ni montant ni valeur de catalogue : non valorisés.',
  'note.kiel-fallback':
    'Aucune édition du Kiel publiée au plus tard le {date} avec les armes lourdes n’est importée : la base Kiel reprend les valeurs du registre.',
  'note.rates': 'Taux de change : taux de référence de la BCE, le plus récent utilisé du {date}.',
  'note.rates-none': 'Taux de change : aucun taux BCE n’a été nécessaire.',
  'note.all-converted': 'Tous les montants ont été convertis en {currency}.',
  'note.unconverted.one':
    '{count} montant n’a pas pu être converti en {currency} et n’est pas dans les totaux : {records}.',
  'note.unconverted.other':
    '{count} montants n’ont pas pu être convertis en {currency} et ne sont pas dans les totaux : {records}.',
};
