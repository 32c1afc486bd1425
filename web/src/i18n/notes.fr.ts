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
  'rule.reconcile-ledger':
    'Ramstein : les engagements annoncés au plus tard à la date d’arrêt de l’édition, dans la mesure où vous pouvez les voir, en euros au taux BCE de chaque date de valeur ; le livré tel qu’il est enregistré.',
  'rule.reconcile-edition':
    'Édition : les engagements de l’éditeur (militaires quand ils sont publiés, sinon le total) et ses allocations ; l’aide en nature aux prix de la liste de l’éditeur.',
  'rule.reconcile-differences':
    'Écarts : promis par Ramstein − engagements de l’édition ; livré par Ramstein − allocations militaires de l’édition.',
  'rule.coverage-buckets':
    'Promis : annoncé ou engagé ; sous contrat : sous contrat ou en livraison (moins ce qui est arrivé) ; livré : les quantités livrées.',
  'rule.coverage-money':
    'Les engagements annulés ne couvrent rien ; l’argent n’est compté que lorsqu’un engagement entier répond à un seul besoin, dans sa propre devise.',
  'rule.coverage-unquantified':
    'Un lien sans quantité prend la quantité des lignes correspondantes ; les liens « sans quantité » couvrent quelque chose qui n’est pas compté.',
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
  'note.pipeline-unvalued.one':
    '{count} engagement n’a pas de montant enregistré (en nature, ou imprécis) : compté, non valorisé.',
  'note.pipeline-unvalued.other':
    '{count} engagements n’ont pas de montant enregistré (en nature, ou imprécis) : comptés, non valorisés.',
  'note.claims-undated.one': '{count} déclaration n’a pas de date de référence et n’est jamais comparée.',
  'note.claims-undated.other':
    '{count} déclarations n’ont pas de date de référence et ne sont jamais comparées.',
  'note.claims-unconverted.one':
    '{count} montant n’a pas pu être converti en euros : il n’est comparé qu’aux déclarations dans sa propre devise.',
  'note.claims-unconverted.other':
    '{count} montants n’ont pas pu être convertis en euros : ils ne sont comparés qu’aux déclarations dans leur propre devise.',
  'note.edition-no-allocation': 'L’édition {edition} ne date aucune allocation militaire en {year}.',
  'note.edition-cut-off':
    'L’édition {edition} couvre les allocations jusqu’à sa date d’arrêt, le {date} : celles de la suite de {year} n’y sont pas.',
  'note.edition-undated.one':
    '{count} allocation militaire de l’édition {edition} n’a pas de date et est laissée de côté.',
  'note.edition-undated.other':
    '{count} allocations militaires de l’édition {edition} n’ont pas de date et sont laissées de côté.',
  'note.gdp-earlier-year': 'PIB d’une année antérieure pour {party_years}.',
  'note.no-gdp-benchmark': 'Aucun PIB pour {parties} : ni référence ni rang.',
  'note.no-usd-rate':
    'Aucun taux BCE du dollar américain en {year} : la demande ne peut pas être convertie en euros.',
  'note.targets-core-only':
    'La ligne des 5 % est comparée aux seules dépenses de défense de base : les 1,5 % de dépenses liées à la défense et à la sécurité qu’elle compte aussi ne figurent pas dans le tableau des dépenses de défense de l’OTAN ; l’écart aux 5 % est donc au plus celui affiché.',
  'note.targets-deadlines':
    'La ligne des 2 % devait être atteinte dans les dix ans suivant 2014 ; celles de 3,5 % et de 5 % d’ici {year}.',
  'note.targets-no-primary': 'Aucun chiffre principal pour {year}.',
  'note.targets-other-editions': 'Les autres éditions pour {year} sont laissées de côté : {editions}.',
  'note.targets-estimates.one': '{count} chiffre d’allié pour {year} est une estimation de l’OTAN.',
  'note.targets-estimates.other': '{count} chiffres d’alliés pour {year} sont des estimations de l’OTAN.',
  'note.targets-secondary':
    'Les chiffres secondaires sont des articles de presse citant une édition de l’OTAN non chargée ici ; ils sont signalés et comptés à part.',
  'note.source': 'Source : {attribution}.',
  'note.rates': 'Taux de change : taux de référence de la BCE, le plus récent utilisé du {date}.',
  'note.rates-none': 'Taux de change : aucun taux BCE n’a été nécessaire.',
  'note.all-converted': 'Tous les montants ont été convertis en {currency}.',
  'note.unconverted.one':
    '{count} montant n’a pas pu être converti en {currency} et n’est pas dans les totaux : {records}.',
  'note.unconverted.other':
    '{count} montants n’ont pas pu être convertis en {currency} et ne sont pas dans les totaux : {records}.',
};
