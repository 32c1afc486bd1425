import { describe } from 'vitest';
import { eur, q, runCases, usd, type Case } from './testing/cases.ts';

const cases: Case[] = [
  // Donors by name, capital and demonym
  {
    text: 'Berlin a promis jeudi de livrer deux systèmes Patriot supplémentaires à Kiev.',
    facts: [
      {
        type: 'commitment',
        donor: 'DE',
        recipient: 'UA',
        item: 'patriot',
        quantity: q(2),
        date: { value: '2025-07-10', granularity: 'day' },
      },
    ],
  },
  {
    text: "L'Allemagne livrera trois systèmes IRIS-T SLM à l'Ukraine d'ici la fin de l'année.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(3), status: 'planned' }],
  },
  {
    text: "Le ministre allemand de la Défense a annoncé l'envoi de quinze chars Leopard 1 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'leopard-1', quantity: q(15) }],
  },
  {
    text: "Paris a décidé d'envoyer douze canons Caesar supplémentaires à Kiev.",
    facts: [{ type: 'commitment', donor: 'FR', recipient: 'UA', item: 'caesar', quantity: q(12) }],
  },
  {
    text: "Washington a débloqué une nouvelle aide militaire de 2,5 milliards de dollars pour l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'US', recipient: 'UA', money: usd(2.5e9) }],
  },
  {
    text: "Londres fournira des missiles Storm Shadow à l'armée ukrainienne.",
    facts: [{ type: 'commitment', donor: 'GB', item: 'storm-shadow' }],
  },
  {
    text: "Oslo a promis de financer l'achat de deux systèmes NASAMS pour l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(2), mode: 'funded_purchase' }],
  },
  {
    text: "Le gouvernement néerlandais a promis dix-huit obusiers PzH 2000 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'NL', item: 'pzh-2000', quantity: q(18) }],
  },
  {
    text: 'Les Pays-Bas livreront des F-16 à Kiev dans les prochains mois.',
    facts: [{ type: 'commitment', donor: 'NL', recipient: 'UA', item: 'f-16' }],
  },
  {
    text: "Le Danemark a offert dix-neuf avions F-16 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DK', item: 'f-16', quantity: q(19), mode: 'donation' }],
  },
  {
    text: "La Suède va fournir des véhicules Marder? Non : elle enverra des chars Leopard 2 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'SE', item: 'leopard-2' }],
  },
  {
    text: "Le Canada a promis de livrer huit chars Leopard 2 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'CA', item: 'leopard-2', quantity: q(8) }],
  },
  {
    text: "La Pologne a livré quatorze chars Leopard 2 à l'Ukraine en février.",
    facts: [{ type: 'commitment', donor: 'PL', item: 'leopard-2', quantity: q(14), status: 'delivered' }],
  },
  // Approximations, words, misspellings
  {
    text: "L'Allemagne fournira une cinquantaine de chars antiaériens Guepard à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard', quantity: q(50, 'about') }],
  },
  {
    text: "Berlin a promis plus de 30 véhicules Gepard à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard', quantity: q(30, 'at_least') }],
  },
  {
    text: "La France livrera près de 40 canons Caesar à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'FR', item: 'caesar', quantity: q(40, 'about') }],
  },
  {
    text: "Les États-Unis ont envoyé des dizaines de véhicules Bradley à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'US', item: 'bradley', quantity: q(null, 'vague') }],
  },
  {
    text: 'Washington enverra vingt-cinq véhicules Stryker à Kiev.',
    facts: [{ type: 'commitment', donor: 'US', item: 'stryker', quantity: q(25) }],
  },
  {
    text: "Les États-Unis ont livré trente et un chars Abrams à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'US', item: 'abrams', quantity: q(31) }],
  },
  // Money
  {
    text: "L'Allemagne a promis 1,2 milliard d'euros d'aide militaire supplémentaire à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', money: eur(1.2e9) }],
  },
  {
    text: "La Norvège paiera environ sept milliards de couronnes pour des systèmes de défense aérienne destinés à l'Ukraine.",
    facts: [
      {
        type: 'commitment',
        donor: 'NO',
        money: { amount: 7e9, currency: 'NOK', qualifier: 'about' },
        category: 'air_defence',
      },
    ],
  },
  {
    text: 'La Suède a débloqué 1,5 milliard de couronnes pour des munitions destinées à Kiev.',
    facts: [
      { type: 'commitment', donor: 'SE', money: { amount: 1.5e9, currency: 'SEK', qualifier: 'exact' } },
    ],
  },
  {
    text: "Le Royaume-Uni a promis 500 millions de livres (585 millions d'euros) d'aide militaire à l'Ukraine.",
    facts: [
      {
        type: 'commitment',
        donor: 'GB',
        money: { amount: 5e8, currency: 'GBP', qualifier: 'exact' },
        money_alt: [eur(5.85e8)],
      },
    ],
  },
  {
    text: "Le Canada versera quelque 500 millions de dollars canadiens pour des munitions destinées à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'CA', money: { amount: 5e8, currency: 'CAD', qualifier: 'about' } }],
  },
  {
    text: "Les alliés européens achèteront pour des milliards de dollars d'armes américaines destinées à l'Ukraine.",
    facts: [
      {
        type: 'commitment',
        donor: 'EUROPE',
        supplier: 'US',
        mode: 'funded_purchase',
        money: usd(null, 'vague'),
      },
    ],
  },
  {
    text: "Les Pays-Bas financeront un paquet PURL de 500 millions de dollars pour l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'NL', mode: 'pooled', money: usd(5e8) }],
  },
  {
    text: "L'Allemagne paiera pour deux systèmes Patriot fabriqués aux États-Unis et destinés à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2), mode: 'funded_purchase' }],
  },
  {
    text: "Les États-Unis vendront des missiles Patriot à l'Allemagne, qui les transférera ensuite à l'Ukraine.",
    facts: [
      {
        type: 'commitment',
        donor: 'DE',
        supplier: 'US',
        mode: 'funded_purchase',
        item: 'patriot-interceptor',
      },
    ],
  },
  {
    text: "Berlin a commandé à Rheinmetall des munitions pour Gepard destinées à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard-ammunition-35mm', mode: 'industry' }],
  },
  {
    text: "L'Allemagne a livré des obus prélevés sur les stocks de la Bundeswehr à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', mode: 'donation' }],
  },
  // Pronouns, conditional, reported
  {
    text: "L'Allemagne paiera deux systèmes Patriot, tandis que la Norvège a accepté d'en fournir un.",
    facts: [
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) },
      { type: 'commitment', donor: 'NO', item: 'patriot', quantity: q(1) },
    ],
  },
  {
    text: "Selon le Spiegel, Berlin livrerait quatre IRIS-T supplémentaires à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(4), status: 'reported' }],
  },
  {
    text: "Le président ukrainien a déclaré que la France fournirait des SAMP/T à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'FR', item: 'samp-t', status: 'reported' }],
  },
  {
    text: "Si le Parlement l'approuve, la Belgique livrera des F-16 à l'Ukraine en 2026.",
    facts: [{ type: 'commitment', donor: 'BE', item: 'f-16', status: 'conditional' }],
  },
  // « pourrait » sans condition est une possibilité, pas un engagement
  {
    text: "L'Italie pourrait envoyer un second SAMP/T à l'Ukraine.",
    none: ['commitment'],
  },
  {
    text: "Le Congrès a approuvé la livraison de missiles ATACMS à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'US', item: 'atacms', status: 'approved' }],
  },
  // Not commitments
  { text: "Kiev a exhorté l'Allemagne à livrer des missiles Taurus.", none: ['commitment'] },
  { text: "L'Allemagne ne livrera pas de chars Leopard 2 à l'Ukraine pour le moment.", none: ['commitment'] },
  {
    text: 'Le système Patriot peut intercepter des missiles balistiques.',
    none: ['commitment', 'meeting', 'total'],
  },
  {
    text: "Les ministres ont discuté de la livraison de systèmes Patriot à l'Ukraine.",
    none: ['commitment'],
  },
  // Totals
  {
    text: "Au total, les alliés ont fourni 126 milliards de dollars (111 milliards d'euros) d'aide à l'Ukraine, dont plus de 66,5 milliards des États-Unis.",
    facts: [
      { type: 'total', money: usd(126e9), money_alt: [eur(111e9)] },
      { type: 'total', donor: 'US', money: usd(66.5e9, 'at_least') },
    ],
  },
  {
    text: "L'Allemagne a dépensé 28 milliards d'euros pour l'Ukraine depuis 2022.",
    facts: [{ type: 'total', donor: 'DE', money: eur(28e9) }],
  },
  {
    text: '« Nous avons dépensé 175 milliards de dollars », a affirmé le secrétaire américain à la Défense.',
    facts: [{ type: 'total', money: usd(175e9) }],
  },
  // Meetings
  {
    text: 'Le ministre allemand a rencontré lundi son homologue américain à Washington.',
    facts: [
      {
        type: 'meeting',
        kind: 'bilateral',
        participants: ['DE', 'US'],
        place: 'Washington',
        country: 'US',
        date: { value: '2025-07-14', granularity: 'day' },
      },
    ],
  },
  {
    text: "Le groupe de contact sur la défense de l'Ukraine se réunira jeudi prochain à Ramstein.",
    facts: [
      {
        type: 'meeting',
        kind: 'udcg',
        place: 'Ramstein',
        country: 'DE',
        date: { value: '2025-07-17', granularity: 'day' },
      },
    ],
  },
  {
    text: "Le sommet de l'OTAN s'est tenu le mois dernier à La Haye.",
    facts: [
      {
        type: 'meeting',
        kind: 'nato_summit',
        place: 'La Haye',
        country: 'NL',
        date: { value: '2025-06', granularity: 'month' },
      },
    ],
  },
  {
    text: "Une conférence sur la reconstruction de l'Ukraine s'est tenue à Rome jeudi.",
    facts: [
      {
        type: 'meeting',
        kind: 'conference',
        place: 'Rome',
        country: 'IT',
        date: { value: '2025-07-10', granularity: 'day' },
      },
    ],
  },
  {
    text: "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée le 16 février 2024.",
    facts: [
      {
        type: 'meeting',
        participants: ['FR', 'UA'],
        country: 'FR',
        date: { value: '2024-02-16', granularity: 'day' },
      },
    ],
  },
  // Targets and deadlines
  {
    text: "Les alliés de l'OTAN se sont engagés à porter leurs dépenses de défense de 2 % à 5 % du PIB d'ici 2035.",
    facts: [{ type: 'target', value: 5, previous: 2, date: { value: '2035', granularity: 'year' } }],
  },
  {
    text: "L'objectif de 5 % du PIB comprend 3,5 % pour la défense au sens strict et 1,5 % pour les dépenses liées à la sécurité.",
    facts: [{ type: 'target', value: 5, components: [3.5, 1.5] }],
  },
  {
    text: "Washington menace Moscou de sanctions si aucun accord n'est trouvé dans 50 jours.",
    facts: [{ type: 'deadline', date: { value: '2025-09-03', granularity: 'day' } }],
  },
  {
    text: "Le président a fixé un ultimatum : la Russie doit accepter un cessez-le-feu d'ici fin août.",
    facts: [{ type: 'deadline', date: { value: '2025-08', granularity: 'month' } }],
  },
  // Without a publication date, relative dates stay null
  {
    text: 'Berlin a promis jeudi de livrer deux systèmes Patriot à Kiev.',
    published: null,
    facts: [{ type: 'commitment', donor: 'DE', date: null }],
  },
];

describe('French sentences', () => runCases('fr', cases));
