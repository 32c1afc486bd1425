/**
 * Motifs au niveau de la proposition, en français : donateurs coordonnés, listes sous un titre,
 * paires donateur–montant après un seul verbe, bénéficiaire sujet, munitions nommées par leur
 * système, donateurs collectifs, portée de « jusqu'ici », réserves, faux sommets. Phrases propres.
 */
import { describe } from 'vitest';
import { cad, eur, q, runCases, usd, type Case } from './testing/cases.ts';

const cases: Case[] = [
  // Le paquet mis en commun n'est pas un donateur : ses bailleurs le sont
  {
    text: "Le dispositif PURL achète pour 2 milliards de dollars d'armes américaines destinées à l'Ukraine.",
    none: ['commitment'],
  },
  // Donateurs coordonnés
  {
    text: "La Finlande, l'Estonie et la Lettonie ont promis de nouveaux systèmes de défense aérienne à l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'FI', category: 'air_defence' },
      { type: 'commitment', donor: 'EE', category: 'air_defence' },
      { type: 'commitment', donor: 'LV', category: 'air_defence' },
    ],
  },
  {
    text: "La Belgique et les Pays-Bas livreront des F-16 à l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'BE', item: 'f-16' },
      { type: 'commitment', donor: 'NL', item: 'f-16' },
    ],
  },
  {
    text: "L'Espagne, le Portugal et l'Italie ont envoyé des munitions à Kiev.",
    facts: [
      { type: 'commitment', donor: 'ES', category: 'munitions' },
      { type: 'commitment', donor: 'PT', category: 'munitions' },
      { type: 'commitment', donor: 'IT', category: 'munitions' },
    ],
  },
  {
    text: "Berlin ainsi que le Canada verseront chacun 150 millions de dollars à l'initiative.",
    facts: [
      { type: 'commitment', donor: 'DE', money: usd(150_000_000) },
      { type: 'commitment', donor: 'CA', money: usd(150_000_000) },
    ],
  },
  // Lignes de liste
  {
    text: 'Nouvelles contributions annoncées :\nLituanie : 20 véhicules M113.\nLettonie : deux lanceurs Stinger.',
    facts: [
      { type: 'commitment', donor: 'LT', item: 'm113', quantity: q(20) },
      { type: 'commitment', donor: 'LV', item: 'stinger', quantity: q(2) },
    ],
  },
  {
    text: "Pologne – 100 millions d'euros pour des obus d'artillerie.",
    facts: [{ type: 'commitment', donor: 'PL', money: eur(100_000_000), category: 'munitions' }],
  },
  {
    text: 'Danemark : des lanceurs Harpoon pour défendre la côte.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'harpoon' }],
  },
  // Paires donateur–montant
  {
    text: 'La Suède versera 200 millions de dollars, la Finlande 90 millions de dollars et le Danemark 70 millions de dollars au paquet PURL.',
    facts: [
      { type: 'commitment', donor: 'SE', money: usd(200_000_000) },
      { type: 'commitment', donor: 'FI', money: usd(90_000_000) },
      { type: 'commitment', donor: 'DK', money: usd(70_000_000) },
    ],
  },
  {
    text: "Les Pays-Bas ont promis 300 millions d'euros et la Belgique 150 millions d'euros pour la défense aérienne.",
    facts: [
      { type: 'commitment', donor: 'NL', money: eur(300_000_000) },
      { type: 'commitment', donor: 'BE', money: eur(150_000_000) },
    ],
  },
  // Verbes : allouer, investir, soutenir
  {
    text: 'Les Norvégiens ont alloué 500 millions de dollars pour les drones ukrainiens.',
    facts: [{ type: 'commitment', donor: 'NO', money: usd(500_000_000), category: 'drones' }],
  },
  {
    text: "L'Allemagne investit 300 millions d'euros dans la production de drones à longue portée.",
    facts: [{ type: 'commitment', donor: 'DE', money: eur(300_000_000) }],
  },
  {
    text: "Le Canada allouera 80 millions de dollars canadiens à l'achat de munitions pour l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'CA', money: cad(80_000_000) }],
  },
  {
    text: "La Suède a offert dix canons Archer à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(10) }],
  },
  // Bénéficiaire sujet
  {
    text: "L'Ukraine recevra trois systèmes IRIS-T de l'Allemagne l'an prochain.",
    facts: [{ type: 'commitment', donor: 'DE', recipient: 'UA', item: 'iris-t-slm', quantity: q(3) }],
  },
  {
    text: "L'Ukraine obtient 40 véhicules Marder de la part de l'Allemagne.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'marder', quantity: q(40) }],
  },
  {
    text: "L'Ukraine a reçu des systèmes de défense antiaérienne de la part de l'Espagne et de la Norvège.",
    facts: [
      { type: 'commitment', donor: 'ES', category: 'air_defence' },
      { type: 'commitment', donor: 'NO', category: 'air_defence' },
    ],
    none: ['meeting'],
  },
  // Munitions nommées par leur système
  {
    text: "Les États-Unis enverront des missiles pour les systèmes Patriot à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'US', item: 'patriot-interceptor' }],
  },
  {
    text: "La Norvège achètera des missiles pour le NASAMS destinés à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams-interceptor' }],
  },
  {
    text: "Le Royaume-Uni fournira des munitions pour les Gepard à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'GB', item: 'gepard-ammunition-35mm' }],
  },
  // Donateurs collectifs
  {
    text: "Les partenaires occidentaux livreront davantage de défense aérienne à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'air_defence' }],
  },
  {
    text: "Les alliés de l'Ukraine ont promis 15 milliards d'euros d'aide militaire jeudi.",
    facts: [{ type: 'commitment', donor: 'UDCG', money: eur(15_000_000_000) }],
  },
  // Portée de « jusqu'ici »
  {
    text: "L'Allemagne a jusqu'ici livré 30 missiles Patriot à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot-interceptor', quantity: q(30) }],
  },
  {
    text: "Le Danemark a dépensé jusqu'ici 9 milliards de dollars pour l'aide militaire à l'Ukraine.",
    facts: [{ type: 'total', donor: 'DK', money: usd(9_000_000_000) }],
    none: ['commitment'],
  },
  // Réserves et souhaits
  {
    text: "Kiev a exhorté l'Allemagne à livrer des missiles Taurus.",
    none: ['commitment'],
  },
  {
    text: "La Norvège envisage d'envoyer davantage de défense aérienne à l'Ukraine.",
    none: ['commitment'],
  },
  {
    text: "Berlin refuse de livrer des missiles Taurus à l'Ukraine.",
    none: ['commitment'],
  },
  {
    text: "Paris n'a pas livré de Mirage 2000 à l'Ukraine.",
    none: ['commitment'],
  },
  // Quantités avec un mot d'échelle
  {
    text: "La Tchéquie a fourni à l'Ukraine environ 1,5 million d'obus d'artillerie l'an dernier.",
    facts: [{ type: 'commitment', donor: 'CZ', category: 'munitions', quantity: q(1_500_000, 'about') }],
  },
  // Catalogue
  {
    text: "La Suède livrera des véhicules CV90 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'SE', item: 'cv90' }],
  },
  {
    text: "Le Royaume-Uni a envoyé 14 chars Challenger 2 et des canons AS-90 à l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'GB', item: 'challenger-2', quantity: q(14) },
      { type: 'commitment', donor: 'GB', item: 'as-90' },
    ],
  },
  {
    text: "La France livrera des Mirage 2000 et des missiles SCALP à l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'FR', item: 'mirage-2000' },
      { type: 'commitment', donor: 'FR', item: 'storm-shadow' },
    ],
  },
  {
    text: "La Pologne a livré 200 chars T-72 à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'PL', item: 't-72', quantity: q(200) }],
  },
  {
    text: "La France a cédé des chars légers AMX-10 RC à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'FR', item: 'amx-10-rc' }],
  },
  {
    text: 'La Suède a promis des canons Archer et des véhicules blindés à Kiev.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'archer' },
      { type: 'commitment', donor: 'SE', category: 'armour' },
    ],
  },
  {
    text: "L'Allemagne enverra des obusiers Panzerhaubitze 2000 et des lance-roquettes MARS II à l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'DE', item: 'pzh-2000' },
      { type: 'commitment', donor: 'DE', item: 'mars-ii' },
    ],
  },
  {
    text: "Le Canada a envoyé des véhicules blindés Senator à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'CA', item: 'senator' }],
  },
  // Réunions : conférences de presse, appels, format Ramstein, ministres de l'OTAN
  {
    text: "Le ministre a présenté les annonces lors d'une conférence de presse à Bruxelles jeudi.",
    none: ['meeting'],
  },
  {
    text: "Le président s'est entretenu avec le chancelier allemand lors d'un entretien téléphonique lundi.",
    none: ['meeting'],
  },
  {
    text: "Une réunion au format Ramstein s'est tenue vendredi à Bruxelles.",
    facts: [{ type: 'meeting', kind: 'udcg' }],
  },
  {
    text: "Lors d'une réunion des ministres des Affaires étrangères de l'Otan mardi à Bruxelles, la Norvège a promis 500 millions de dollars.",
    facts: [{ type: 'meeting', kind: 'nato_ministerial' }],
  },
  {
    text: "Le Canada donne à l'Ukraine 300 millions de dollars canadiens d'aide militaire.",
    facts: [{ type: 'commitment', donor: 'CA', money: cad(300_000_000) }],
  },
  // Verbe sous-entendu : d'autres donateurs avec leur propre nombre
  {
    text: "La France livrera à l'Ukraine six canons Caesar, la Belgique deux et le Danemark quatre.",
    facts: [
      { type: 'commitment', donor: 'FR', item: 'caesar', quantity: q(6) },
      { type: 'commitment', donor: 'BE', item: 'caesar', quantity: q(2) },
      { type: 'commitment', donor: 'DK', item: 'caesar', quantity: q(4) },
    ],
  },
  {
    text: "L'Italie a déjà fourni à l'Ukraine deux batteries SAMP/T, l'Espagne une.",
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t', quantity: q(2) },
      { type: 'commitment', donor: 'ES', item: 'samp-t', quantity: q(1) },
    ],
  },
  // Les choses comme sujet, qui partent pour l'Ukraine
  {
    text: "Douze canons Caesar venus de France partiront pour l'Ukraine en mai.",
    facts: [{ type: 'commitment', donor: 'FR', item: 'caesar', quantity: q(12) }],
  },
  // « dollars » seul : le dollar du donateur
  {
    text: "Le Canada enverra à l'Ukraine une aide de 47 millions de dollars comprenant des drones.",
    facts: [{ type: 'commitment', donor: 'CA', money: cad(47_000_000) }],
  },
  // Délais : « dans un délai de »
  {
    text: "Washington menace Moscou de sanctions si aucun accord n'est conclu dans un délai de 30 jours.",
    facts: [{ type: 'deadline', date: { value: '2025-08-14', granularity: 'day' } }],
  },
  // Offre sous condition : la proposition conditionnelle n'est pas un engagement des autres
  {
    text: "L'Allemagne a proposé de financer deux systèmes Patriot, à condition que les autres alliés en paient trente.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2), status: 'conditional' }],
    only: true,
  },
  // Nombres en lettres avec une échelle
  {
    text: "La Pologne livrera un million d'obus à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'PL', category: 'munitions', quantity: q(1_000_000) }],
  },
  // La date la plus proche du mot de la réunion
  {
    text: "Les alliés se sont mis d'accord dimanche 13 juillet sur une déclaration en vue de leur sommet de l'OTAN organisé mardi 22 juillet 2025 à La Haye.",
    facts: [{ type: 'meeting', kind: 'nato_summit', date: { value: '2025-07-22', granularity: 'day' } }],
  },
  // Fractions d'un montant ; un tiret devant le montant ne coupe pas la proposition
  {
    text: 'La Norvège fournira un demi-milliard de dollars.',
    facts: [{ type: 'commitment', donor: 'NO', money: usd(500_000_000) }],
  },
  {
    text: "Les Suédois ont alloué le plus – 300 millions d'euros pour les drones.",
    facts: [{ type: 'commitment', donor: 'SE', money: eur(300_000_000) }],
  },
  // Sommes : « se chiffre à », « atteint »
  {
    text: "Le soutien militaire de la Suède à l'Ukraine se chiffre à près de 4 milliards d'euros.",
    facts: [{ type: 'total', donor: 'SE', money: eur(4_000_000_000, 'about') }],
  },
  {
    text: "L'Espagne a promis des systèmes Aspide. Les systèmes sont arrivés en Ukraine.",
    facts: [{ type: 'commitment', donor: 'ES', item: 'skyguard' }],
    only: true,
  },
  // Partenaires nommés à côté du donateur : « avec les Pays-Bas »
  {
    text: "En avril, le Danemark a annoncé acheter, avec les Pays-Bas, 14 chars Leopard 2 pour l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'DK', item: 'leopard-2', quantity: q(14) },
      { type: 'commitment', donor: 'NL', item: 'leopard-2', quantity: q(14) },
    ],
  },
  // Noms de promesse, donateur au génitif, incises, coordination par « ou »
  {
    text: 'La Suède et le Portugal ont annoncé de nouvelles contributions.',
    facts: [
      { type: 'commitment', donor: 'SE' },
      { type: 'commitment', donor: 'PT' },
    ],
  },
  {
    text: "La Belgique et l'Irlande, bien qu'étant hors de l'Otan pour l'une, soutiendront cette initiative.",
    facts: [
      { type: 'commitment', donor: 'BE' },
      { type: 'commitment', donor: 'IE' },
    ],
  },
  {
    text: "Il s'agit du plus important don de la Suède, d'un montant de 300 millions d'euros.",
    facts: [{ type: 'commitment', donor: 'SE', money: eur(300_000_000) }],
  },
  {
    text: "D'autres pays comme l'Italie ou l'Espagne ont déjà fourni des systèmes antiaériens à Kyiv.",
    facts: [
      { type: 'commitment', donor: 'IT', category: 'air_defence' },
      { type: 'commitment', donor: 'ES', category: 'air_defence' },
    ],
  },
  {
    text: "L'Ukraine a annoncé mardi avoir reçu de la part de la Pologne et de la Lituanie de nouveaux blindés.",
    facts: [
      { type: 'commitment', donor: 'PL', category: 'armour' },
      { type: 'commitment', donor: 'LT', category: 'armour' },
    ],
  },
  {
    text: "En mars, la Suède avait livré à l'Ukraine ses 12 canons Archer, et elle a annoncé acheter, avec la Finlande, 20 chars.",
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(12) }],
  },
  {
    text: "L'objectif de dix milliards de dollars a été atteint, selon le ministre.",
    none: ['total'],
  },
  // « X et d'autres alliés » : le pays nommé fait partie du groupe, qui agit comme un seul
  {
    text: "La Suède et d'autres alliés de l'Otan achèteront pour 500 millions de dollars d'armes américaines destinées à l'Ukraine.",
    facts: [{ type: 'commitment', donor: 'NATO', money: usd(500_000_000) }],
    only: true,
  },
  // « ainsi que » sans verbe propre : d'autres choses du même donateur
  {
    text: "L'Italie livrera à l'Ukraine des systèmes SAMP/T ainsi que des systèmes Skyguard.",
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t' },
      { type: 'commitment', donor: 'IT', item: 'skyguard' },
    ],
    only: true,
  },
  // chaque verbe prend la date de sa proposition ; un don daté autrement n'est pas le même
  {
    text: "En mars, la Suède avait donné à l'Ukraine dix canons Archer, et elle a annoncé en juin acheter 20 chars Leopard 2 pour l'Ukraine.",
    facts: [
      { type: 'commitment', donor: 'SE', item: 'archer', date: { value: '2025-03', granularity: 'month' } },
      {
        type: 'commitment',
        donor: 'SE',
        item: 'leopard-2',
        date: { value: '2025-06', granularity: 'month' },
      },
    ],
  },
  {
    text: "La Suède a annoncé mardi un don de 500 millions de couronnes. En mars, la Suède avait donné à l'Ukraine dix canons Archer.",
    facts: [
      {
        type: 'commitment',
        donor: 'SE',
        item: null,
        money: { amount: 500_000_000, currency: 'SEK', qualifier: 'exact' },
      },
      { type: 'commitment', donor: 'SE', item: 'archer', money: null },
    ],
  },
  // une réunion cadre de la phrase n'a pas pour participants les parties de la phrase
  {
    text: "Lors de la réunion, la Suède a promis à l'Ukraine un autre système Archer.",
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(1) }],
    none: ['meeting'],
  },
  // « pourrait » est une possibilité, pas un engagement
  {
    text: "L'Espagne pourrait livrer d'autres chars Leopard 2 à l'Ukraine.",
    none: ['commitment'],
  },
  // Une rencontre « avec » quelqu'un : lui, et le sujet de la phrase ; des virgules seules joignent des appositions
  {
    text: "Lors d'une rencontre avec le chancelier allemand, Friedrich Merz, Macron s'est dit inquiet pour Moscou.",
    facts: [{ type: 'meeting', kind: 'bilateral', participants: ['DE', 'FR'] }],
    only: true,
  },
  // Sommes sans mot de somme : « déjà décaissés », « bénéficie déjà de … provenant de »
  {
    text: "Et 2 milliards d'euros ont déjà été décaissés pour rembourser les États membres.",
    facts: [{ type: 'total', money: eur(2_000_000_000) }],
    none: ['commitment'],
  },
  {
    text: "Le mécanisme bénéficie déjà de trois milliards de dollars de contributions provenant des membres de l'Alliance atlantique.",
    facts: [{ type: 'total', donor: 'NATO', money: usd(3_000_000_000) }],
    none: ['commitment'],
  },
  // Une même session du Groupe de contact, quel que soit qui la phrase y nomme ; le nom du format n'est pas un lieu
  {
    text: "Le ministre allemand s'est exprimé à l'issue de la réunion du Groupe de contact, le 9 juillet à Bruxelles. La réunion du Groupe de contact au format Ramstein s'est tenue le 9 juillet au siège de l'OTAN.",
    facts: [
      {
        type: 'meeting',
        kind: 'udcg',
        place: 'Bruxelles',
        country: 'BE',
        date: { value: '2025-07-09', granularity: 'day' },
      },
    ],
    only: true,
  },
  {
    text: "Le texte sera adopté lors de la réunion des ministres de la Défense de l'UE lundi à Luxembourg.",
    facts: [{ type: 'meeting', kind: 'conference', participants: ['EU'] }],
  },
  // Un nouveau donateur après une virgule ouvre une proposition ; « deux autres » reprend le dernier système
  {
    text: "L'Italie livrera un système SAMP/T à l'Ukraine, la France en fournira deux autres.",
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t', quantity: q(1) },
      { type: 'commitment', donor: 'FR', item: 'samp-t', quantity: q(2) },
    ],
    only: true,
  },
  {
    text: "La Norvège financera deux systèmes Patriot pour l'Ukraine. L'Allemagne en paiera trois autres.",
    facts: [
      { type: 'commitment', donor: 'NO', item: 'patriot', quantity: q(2) },
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(3) },
    ],
    only: true,
  },
  // Donateurs collectifs : les pays nordiques valent pour ceux de leurs membres que l'article fait donner
  {
    text: "Les pays nordiques achèteront des missiles Patriot pour l'Ukraine. La Suède paiera 275 millions de dollars et le Danemark 113 millions de dollars.",
    facts: [
      { type: 'commitment', donor: 'SE', item: 'patriot-interceptor', money: usd(275_000_000) },
      { type: 'commitment', donor: 'DK', item: 'patriot-interceptor', money: usd(113_000_000) },
    ],
    only: true,
  },
  // Un agent dans une relative appartient à son verbe, pas au donateur
  {
    text: "La Pologne livrera à l'Ukraine des chars Leopard 2, qui ont été fabriqués par l'Allemagne.",
    facts: [{ type: 'commitment', donor: 'PL', item: 'leopard-2' }],
    only: true,
  },
  // Une série tenue depuis une date n'est pas une réunion
  {
    text: 'Depuis avril 2022, les ministres se réunissent au format Ramstein.',
    none: ['meeting'],
  },
  // Un paquet nommé de nouveau avec son contenu nomme ce que contiennent les promesses d’avant
  {
    text: 'Les Pays-Bas ont promis 150 millions d’euros à l’Ukraine. Le ministre s’est exprimé à La Haye. Ce paquet comprend des missiles pour les systèmes NASAMS.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'nasams-interceptor' }],
    only: true,
  },
  // Qui prend en charge les coûts paie ce que donne la promesse d’avant
  {
    text: 'La Norvège achète deux systèmes NASAMS pour l’Ukraine. L’Allemagne prendra en charge les coûts.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(2) },
      { type: 'commitment', donor: 'DE', item: 'nasams', quantity: q(2), mode: 'funded_purchase' },
    ],
    only: true,
  },
  // « au lieu de » nie ; une source (« selon ») ne donne pas ; les remerciés donnent
  {
    text: 'Au lieu de livrer des avions de combat, la France renforcera la défense aérienne de l’Ukraine.',
    none: ['commitment'],
  },
  {
    text: 'Selon le Pentagone, l’aide la plus importante est la livraison de systèmes de défense aérienne.',
    none: ['commitment'],
  },
  {
    text: 'Le ministre a remercié la Suède et la Finlande pour leurs contributions à l’initiative.',
    facts: [
      { type: 'commitment', donor: 'SE' },
      { type: 'commitment', donor: 'FI' },
    ],
    only: true,
  },
  // Ce qu’un locuteur exige d’un autre (« que … doivent ») n’est pas une promesse
  {
    text: 'Trump a souligné que les Européens doivent payer les systèmes.',
    none: ['commitment'],
  },
  // Un nombre de dix États ou plus est le groupe de contact
  {
    text: 'Plus de 50 nations ont promis des munitions à l’Ukraine.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'munitions', quantity: null }],
    only: true,
  },
  // Le groupe nommé comme acteur, sans mot de réunion, date ni lieu, ne se réunit pas
  {
    text: 'Le groupe de contact arme Kiev pour l’offensive',
    none: ['meeting'],
  },
];

describe('motifs d’extraction, français', () => runCases('fr', cases));
