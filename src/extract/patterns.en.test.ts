/**
 * Clause-level patterns in English: coordinated donors, lists under a heading, donor–amount
 * pairs after one verb, recipients as subjects, ammunition named by its system, collective
 * donors, the scope of "so far", hedges, meetings that are not meetings. Own sentences.
 */
import { describe } from 'vitest';
import { aud, cad, eur, q, runCases, usd, type Case } from './testing/cases.ts';

const cases: Case[] = [
  // Coordinated donors: one fact per donor
  {
    text: 'Finland, Estonia and Latvia pledged new air defence systems to Ukraine.',
    facts: [
      { type: 'commitment', donor: 'FI', category: 'air_defence' },
      { type: 'commitment', donor: 'EE', category: 'air_defence' },
      { type: 'commitment', donor: 'LV', category: 'air_defence' },
    ],
  },
  {
    text: 'Belgium and the Netherlands will deliver F-16 jets to Ukraine.',
    facts: [
      { type: 'commitment', donor: 'BE', item: 'f-16' },
      { type: 'commitment', donor: 'NL', item: 'f-16' },
    ],
  },
  {
    text: 'Spain, Portugal, and Italy have sent ammunition to Kyiv.',
    facts: [
      { type: 'commitment', donor: 'ES', category: 'munitions' },
      { type: 'commitment', donor: 'PT', category: 'munitions' },
      { type: 'commitment', donor: 'IT', category: 'munitions' },
    ],
  },
  {
    text: 'Sweden as well as Norway announced funding for drones for Ukraine.',
    facts: [
      { type: 'commitment', donor: 'SE', category: 'drones' },
      { type: 'commitment', donor: 'NO', category: 'drones' },
    ],
  },
  // List lines under a heading
  {
    text: 'New pledges at the meeting:\nLithuania: 20 M113 armoured personnel carriers.\nLatvia: two Stinger launchers.',
    facts: [
      { type: 'commitment', donor: 'LT', item: 'm113', quantity: q(20) },
      { type: 'commitment', donor: 'LV', item: 'stinger', quantity: q(2) },
    ],
  },
  {
    text: 'Contributions announced on Friday:\nPoland – €100 million for artillery ammunition.',
    facts: [{ type: 'commitment', donor: 'PL', money: eur(100_000_000), category: 'munitions' }],
  },
  {
    text: 'Denmark: Harpoon launchers to defend the coast of Ukraine.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'harpoon' }],
  },
  {
    text: 'Slovakia and Czechia: tanks and howitzers for Ukraine.',
    facts: [
      { type: 'commitment', donor: 'SK', category: 'armour' },
      { type: 'commitment', donor: 'CZ', category: 'armour' },
    ],
  },
  // Donor–amount pairs after one verb
  {
    text: 'Sweden will contribute $200 million, Finland $90 million and Denmark $70 million to the PURL package.',
    facts: [
      { type: 'commitment', donor: 'SE', money: usd(200_000_000) },
      { type: 'commitment', donor: 'FI', money: usd(90_000_000) },
      { type: 'commitment', donor: 'DK', money: usd(70_000_000) },
    ],
  },
  {
    text: 'The Netherlands pledged €300 million and Belgium €150 million for air defence.',
    facts: [
      { type: 'commitment', donor: 'NL', money: eur(300_000_000) },
      { type: 'commitment', donor: 'BE', money: eur(150_000_000) },
    ],
  },
  // Verbs of giving beyond the usual ones
  {
    text: 'Japan has earmarked $50 million for drones for Ukraine.',
    facts: [{ type: 'commitment', donor: 'JP', money: usd(50_000_000) }],
  },
  {
    text: 'Norway offered two NASAMS launchers to Ukraine.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams-launcher', quantity: q(2) }],
  },
  {
    text: 'Germany will support Ukraine with 200 ground surveillance radars.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'ground-radar', quantity: q(200) }],
  },
  {
    text: 'Canada allocated C$80 million for the purchase of artillery shells for Ukraine.',
    facts: [{ type: 'commitment', donor: 'CA', money: cad(80_000_000), category: 'munitions' }],
  },
  // Recipient as subject
  {
    text: 'Ukraine will receive three more IRIS-T systems from Germany next year.',
    facts: [{ type: 'commitment', donor: 'DE', recipient: 'UA', item: 'iris-t-slm', quantity: q(3) }],
  },
  {
    text: 'Ukraine received 40 Marder infantry fighting vehicles from Germany.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'marder', quantity: q(40) }],
    none: ['meeting'],
  },
  {
    text: 'Kyiv will get ten Archer howitzers from Sweden.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(10) }],
  },
  // Ammunition named by its system
  {
    text: 'The United States will send more missiles for the Patriot system to Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', item: 'patriot-interceptor' }],
  },
  {
    text: 'Norway will buy missiles for NASAMS for Ukraine.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams-interceptor' }],
  },
  {
    text: 'Britain will provide ammunition for the Gepard to Ukraine.',
    facts: [{ type: 'commitment', donor: 'GB', item: 'gepard-ammunition-35mm' }],
  },
  // Collective donors
  {
    text: 'International partners pledged more than 50 HIMARS to Ukraine.',
    facts: [{ type: 'commitment', donor: 'UDCG', item: 'himars', quantity: q(50, 'at_least') }],
  },
  {
    text: "Ukraine's allies pledged €15 billion in military aid on Thursday.",
    facts: [{ type: 'commitment', donor: 'UDCG', money: eur(15_000_000_000) }],
  },
  {
    text: 'Western partners will send more air defence to Ukraine.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'air_defence' }],
  },
  // Owners of a package are not its donors
  {
    text: 'Germany handed over a package of the allies worth €200 million to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(200_000_000) }],
  },
  // Scope of "so far"
  {
    text: 'Germany has so far delivered 30 Patriot interceptors to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot-interceptor', quantity: q(30) }],
  },
  {
    text: 'Denmark has so far spent $9 billion on military aid to Ukraine.',
    facts: [{ type: 'total', donor: 'DK', money: usd(9_000_000_000) }],
    none: ['commitment'],
  },
  // Hedges and wishes are not commitments
  {
    text: 'Norway is considering sending more air defence to Ukraine.',
    none: ['commitment'],
  },
  {
    text: 'Kyiv urged Germany to deliver Taurus missiles.',
    none: ['commitment'],
  },
  {
    text: 'Berlin refused to send Taurus cruise missiles to Ukraine.',
    none: ['commitment'],
  },
  // Currencies
  {
    text: 'Australia will give A$100 million in military aid to Ukraine.',
    facts: [{ type: 'commitment', donor: 'AU', money: aud(100_000_000) }],
  },
  {
    text: 'Canada is giving Ukraine C$500 million in new military aid.',
    facts: [{ type: 'commitment', donor: 'CA', money: cad(500_000_000) }],
  },
  // Counts with scale words
  {
    text: 'Czechia supplied Ukraine with about 1.2 million artillery shells last year.',
    facts: [{ type: 'commitment', donor: 'CZ', category: 'munitions', quantity: q(1_200_000, 'about') }],
  },
  // Catalogue: systems beyond the demo set
  {
    text: 'Sweden will deliver CV90 infantry fighting vehicles to Ukraine.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'cv90' }],
  },
  {
    text: 'The UK sent 14 Challenger 2 tanks and AS-90 howitzers to Ukraine.',
    facts: [
      { type: 'commitment', donor: 'GB', item: 'challenger-2', quantity: q(14) },
      { type: 'commitment', donor: 'GB', item: 'as-90' },
    ],
  },
  {
    text: 'France will deliver Mirage 2000 jets and SCALP missiles to Ukraine.',
    facts: [
      { type: 'commitment', donor: 'FR', item: 'mirage-2000' },
      { type: 'commitment', donor: 'FR', item: 'storm-shadow' },
    ],
  },
  {
    text: 'Poland has delivered 200 T-72 tanks to Ukraine.',
    facts: [{ type: 'commitment', donor: 'PL', item: 't-72', quantity: q(200) }],
  },
  {
    text: 'Sweden pledged Archer howitzers and armoured vehicles to Kyiv.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'archer' },
      { type: 'commitment', donor: 'SE', category: 'armour' },
    ],
  },
  // Meetings that are not meetings, and the contact group by another name
  {
    text: 'Rutte announced the pledges at a press conference in Brussels on Thursday.',
    none: ['meeting'],
  },
  {
    text: 'The president spoke with the German chancellor in a phone call on Monday.',
    none: ['meeting'],
  },
  {
    text: 'Defence ministers gathered at Ramstein Air Base on Friday to coordinate aid for Ukraine.',
    facts: [{ type: 'meeting', kind: 'udcg' }],
  },
  {
    text: 'At a meeting of NATO foreign ministers in Brussels on Tuesday, Norway pledged $500 million.',
    facts: [{ type: 'meeting', kind: 'nato_ministerial' }],
  },
  // Gapping: further donors with their own count, the verb said once
  {
    text: 'Norway will send 12 M109 howitzers to Ukraine, Denmark 6 and Estonia 3.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'm109', quantity: q(12) },
      { type: 'commitment', donor: 'DK', item: 'm109', quantity: q(6) },
      { type: 'commitment', donor: 'EE', item: 'm109', quantity: q(3) },
    ],
  },
  {
    text: 'Of the Leopard 1, Germany and Denmark will each deliver ten vehicles to Ukraine.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'leopard-1', quantity: q(10) },
      { type: 'commitment', donor: 'DK', item: 'leopard-1', quantity: q(10) },
    ],
  },
  // Things as the subject, travelling to Ukraine
  {
    text: 'Another 12 Bradley vehicles from Sweden will go to Ukraine next month.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'bradley', quantity: q(12) }],
  },
  {
    text: 'The talks will go to a second round on Friday.',
    none: ['commitment'],
  },
  // A bare "dollars" is the donor's own dollar; a symbol is not ambiguous
  {
    text: 'Australia will give Ukraine 100 million dollars for armoured vehicles.',
    facts: [{ type: 'commitment', donor: 'AU', money: aud(100_000_000) }],
  },
  {
    text: 'Canada and Germany will each pay 150 million dollars for the package for Ukraine.',
    facts: [
      { type: 'commitment', donor: 'CA', money: usd(150_000_000) },
      { type: 'commitment', donor: 'DE', money: usd(150_000_000) },
    ],
  },
  // Deadlines: "within the next"
  {
    text: 'The White House threatened Russia with tariffs unless a ceasefire is agreed within the next 30 days.',
    facts: [{ type: 'deadline', date: { value: '2025-08-14', granularity: 'day' } }],
  },
  // A share "to the total" is a pledge, not a reported sum; a count of one kind is not another's
  {
    text: 'Sweden will contribute $275 million, Norway $112 million and Denmark $113 million to the total.',
    facts: [
      { type: 'commitment', donor: 'SE', money: usd(275_000_000) },
      { type: 'commitment', donor: 'NO', money: usd(112_000_000) },
      { type: 'commitment', donor: 'DK', money: usd(113_000_000) },
    ],
    none: ['total'],
  },
  {
    text: 'Germany will support Ukraine with 800 ground surveillance radars and additional IRIS-T systems.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'ground-radar', quantity: q(800) },
      { type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: null },
    ],
  },
  {
    text: 'Germany will deliver IRIS-T systems to Ukraine. It will also send 120 mobile air defence systems.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: null },
      { type: 'commitment', donor: 'DE', category: 'air_defence', quantity: q(120) },
    ],
  },
  // Number words with a scale; missiles that come with their system
  {
    text: 'Poland will deliver two million shells to Ukraine.',
    facts: [{ type: 'commitment', donor: 'PL', category: 'munitions', quantity: q(2_000_000) }],
  },
  {
    text: 'Germany will send a Patriot battery with 100 missiles to Ukraine.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(1) },
      { type: 'commitment', donor: 'DE', item: 'patriot-interceptor', quantity: q(100) },
    ],
  },
  // "The meeting" told again is the same meeting
  {
    text: 'The Ukraine Defense Contact Group met in Brussels on Thursday. At the meeting, Canada and Sweden discussed air defence.',
    facts: [{ type: 'meeting', kind: 'udcg', date: { value: '2025-07-10', granularity: 'day' } }],
    only: true,
  },
  // A fraction of a scale
  {
    text: 'Norway said it would provide half a billion dollars.',
    facts: [{ type: 'commitment', donor: 'NO', money: usd(500_000_000) }],
  },
  // Sums: "stands at"
  {
    text: "Sweden's military aid to Ukraine now stands at $4 billion.",
    facts: [{ type: 'total', donor: 'SE', money: usd(4_000_000_000) }],
  },
  {
    text: 'German IRIS-T air defence systems have arrived in Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', status: 'delivered' }],
  },
  // Partners named beside the donor
  {
    text: 'Sweden will buy 20 CV90 vehicles for Ukraine together with Denmark.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'cv90', quantity: q(20) },
      { type: 'commitment', donor: 'DK', item: 'cv90', quantity: q(20) },
    ],
  },
  // Pledge nouns, givers after the noun of giving, packages, adjectives of nationality
  {
    text: 'Spain and Portugal announced new contributions on Monday.',
    facts: [
      { type: 'commitment', donor: 'ES' },
      { type: 'commitment', donor: 'PT' },
    ],
  },
  {
    text: 'As part of a $900 million aid package from Norway, Ukraine will receive NASAMS systems and ammunition.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams', money: usd(900_000_000) }],
    only: true,
  },
  {
    text: 'Swedish Archer howitzers arrive in Ukraine, Norwegian NASAMS too.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'archer' },
      { type: 'commitment', donor: 'NO', item: 'nasams' },
    ],
    only: true,
  },
  // A sum raised so far and its part given by a named agent; a headline "Country: …" names who speaks
  {
    text: 'Partner nations have already raised about $8 billion for Ukraine, of which $2 billion was given by Canada.',
    facts: [
      { type: 'total', donor: 'UDCG', money: { amount: 8_000_000_000, currency: 'USD', qualifier: 'about' } },
      { type: 'total', donor: 'CA', money: usd(2_000_000_000) },
    ],
    only: true,
  },
  {
    text: "Canada: Ukraine's partners raised $8 billion.",
    none: ['commitment'],
  },
  // A count told of coordinated donors is their joint count unless "each" gives it to every one
  {
    text: 'Norway and Denmark will send Ukraine eight Leopard 2 tanks.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'leopard-2', quantity: q(4) },
      { type: 'commitment', donor: 'DK', item: 'leopard-2', quantity: q(4) },
    ],
    only: true,
  },
  {
    text: 'Norway and Denmark will each send Ukraine eight Leopard 2 tanks.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'leopard-2', quantity: q(8) },
      { type: 'commitment', donor: 'DK', item: 'leopard-2', quantity: q(8) },
    ],
    only: true,
  },
  {
    text: 'At the meeting in Brussels, the Danish defence ministry said it intends to send Caesar self-propelled howitzers to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'caesar' }],
    only: true,
  },
  {
    text: 'The United States currently provides the most military aid to Ukraine.',
    none: ['commitment'],
  },
  {
    text: 'Finland pledged a $200 million package. It includes NASAMS systems and spare parts.',
    facts: [{ type: 'commitment', donor: 'FI', item: 'nasams', money: usd(200_000_000) }],
  },
  // "X and other allies": the named party belongs to the group, which acts as one
  {
    text: 'Norway and other NATO allies agreed to buy American weapons worth $500 million for Ukraine.',
    facts: [{ type: 'commitment', donor: 'NATO', money: usd(500_000_000) }],
    only: true,
  },
  // an adjective of nationality before "production" names the maker, not the giver
  {
    text: 'The plan of EU member states to deliver one million shells of European production to Ukraine fell short.',
    facts: [{ type: 'commitment', donor: 'EU', quantity: q(1_000_000) }],
    only: true,
  },
  // a hyphenated amount before its noun
  {
    text: 'Sweden announced a $400-million package for Ukraine.',
    facts: [{ type: 'commitment', donor: 'SE', money: usd(400_000_000) }],
  },
  // "as well as" with no verb of its own: more things from the same donor
  {
    text: 'Italy will send SAMP/T systems to Ukraine as well as Skyguard systems.',
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t' },
      { type: 'commitment', donor: 'IT', item: 'skyguard' },
    ],
    only: true,
  },
  // a meeting as the setting of the sentence does not make its parties participants
  {
    text: 'At the meeting, Sweden promised Ukraine another Archer system.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(1) }],
    none: ['meeting'],
  },
  // "another" before a count is a determiner
  {
    text: 'Sweden promised Ukraine another two Archer systems.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(2) }],
  },
  // "could" is a possibility, not a pledge
  {
    text: 'Spain could send more Leopard 2 tanks to Ukraine.',
    none: ['commitment'],
  },
  // A coalition's pledge above its members' own pledges is their sum, reported
  {
    text: 'European Allies Commit $800 Million for Ukraine\nNorway will contribute $300 million. Denmark is giving $250 million, and Sweden has pledged $250 million.',
    facts: [
      { type: 'total', donor: 'EUROPE', money: usd(800_000_000) },
      { type: 'commitment', donor: 'NO', money: usd(300_000_000) },
      { type: 'commitment', donor: 'SE', money: usd(250_000_000) },
    ],
  },
  // "Country – “quote”": what a pledge will include is its contents, not a pledge of its own
  {
    text: 'Finland – “The support will include air-defence systems, artillery ammunition and spare parts.”',
    none: ['commitment'],
  },
  // Missiles for a system named with its kind and its owner are its ammunition
  {
    text: "Germany is sending missiles for Ukraine's Patriot air defence systems.",
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot-interceptor' }],
    only: true,
  },
  {
    text: 'Ukraine will receive 20 howitzers from the stocks of the Netherlands.',
    facts: [{ type: 'commitment', donor: 'NL', category: 'artillery', quantity: q(20), mode: 'donation' }],
  },
  {
    text: 'The Canadian prime minister held talks in Warsaw on Monday.',
    facts: [{ type: 'meeting', kind: 'bilateral', participants: ['CA', 'PL'] }],
  },
  // A new giver after a comma or "and" opens a clause of its own; "two more" are more of the last item
  {
    text: 'Italy is sending one SAMP/T system to Ukraine, and France will send two more.',
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t', quantity: q(1) },
      { type: 'commitment', donor: 'FR', item: 'samp-t', quantity: q(2) },
    ],
    only: true,
  },
  {
    text: 'Norway will pay for two Patriot systems for Ukraine. Germany will fund three more.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'patriot', quantity: q(2) },
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(3) },
    ],
    only: true,
  },
  {
    text: 'The EU and its member states have so far given €40 billion to Ukraine, with Poland contributing €5 billion.',
    none: ['commitment'],
  },
  // Collective donors: the Nordic countries stand for the members the article tells giving
  {
    text: 'The Nordic countries will buy Patriot missiles for Ukraine. Sweden will pay $275 million and Denmark $113 million.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'patriot-interceptor', money: usd(275_000_000) },
      { type: 'commitment', donor: 'DK', item: 'patriot-interceptor', money: usd(113_000_000) },
    ],
    only: true,
  },
  {
    text: 'The Scandinavian countries will send more drones to Ukraine.',
    facts: [{ type: 'commitment', donor: 'NORDIC', category: 'drones' }],
  },
  {
    text: 'The Scandinavian countries will fund Patriot missiles worth $500 million for Ukraine. Sweden is contributing $275 million.',
    facts: [
      { type: 'commitment', donor: 'NORDIC', item: 'patriot-interceptor', money: usd(500_000_000) },
      { type: 'commitment', donor: 'SE', item: 'patriot-interceptor', money: usd(275_000_000) },
    ],
    only: true,
  },
  // An abbreviated month keeps its day; a session told again as a setting is the same session
  {
    text: 'The 20th meeting of the Ukraine Defense Contact Group convened on Nov. 21 in Brussels.',
    facts: [{ type: 'meeting', kind: 'udcg', date: { value: '2024-11-21', granularity: 'day' } }],
    published: '2024-11-22',
  },
  {
    text: 'Germany pledged two IRIS-T systems on 21 Nov. 2024.',
    facts: [{ type: 'commitment', donor: 'DE', date: { value: '2024-11-21', granularity: 'day' } }],
  },
  {
    text: 'The Ukraine Defense Contact Group met on Nov. 21 in Ramstein. At the Ramstein meeting, Latvia promised to donate $2 million for drones.',
    facts: [
      { type: 'meeting', kind: 'udcg', date: { value: '2024-11-21', granularity: 'day' } },
      { type: 'commitment', donor: 'LV', money: usd(2_000_000) },
    ],
    only: true,
    published: '2024-11-22',
  },
  // An agent inside a relative clause belongs to its own verb, not to the giver's
  {
    text: 'Poland will send Leopard 2 tanks to Ukraine, which were built by Germany.',
    facts: [{ type: 'commitment', donor: 'PL', item: 'leopard-2' }],
    only: true,
  },
  // A series held since a date is no meeting; who meets at the setting doesn't give
  {
    text: 'Since April 2022 the defence ministers have met in the Ramstein format.',
    none: ['meeting'],
  },
  {
    text: 'At the meeting of the Ukraine Defense Contact Group on Monday, Norway pledged new NASAMS systems.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams' }],
    only: true,
  },
  // A package named again with its contents names what the pledges before it hold
  {
    text: 'The Netherlands pledged €150 million to Ukraine. The minister spoke in The Hague. The package includes missiles for NASAMS systems.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'nasams-interceptor' }],
    only: true,
  },
  // Who bears the cost pays for what the pledge before gives
  {
    text: 'Norway will buy two NASAMS systems for Ukraine. Germany will bear the cost.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(2) },
      { type: 'commitment', donor: 'DE', item: 'nasams', quantity: q(2), mode: 'funded_purchase' },
    ],
    only: true,
  },
  // "instead of" negates; a source ("according to") doesn't give
  {
    text: 'Instead of sending fighter jets, France will strengthen Ukraine’s air defence.',
    none: ['commitment'],
  },
  {
    text: 'According to the Pentagon, the most important aid is the delivery of air defence systems.',
    none: ['commitment'],
  },
  // Thanks: the thanked give; with none named, the contribution was told before
  {
    text: 'The minister thanked Sweden and Finland for their contributions to the initiative.',
    facts: [
      { type: 'commitment', donor: 'SE' },
      { type: 'commitment', donor: 'FI' },
    ],
    only: true,
  },
  {
    text: 'The secretary general thanked the two countries for their contribution.',
    none: ['commitment'],
  },
  // "a second system": one more of the last item named; "the government in Warsaw" acts for Poland
  {
    text: 'The Netherlands pledged a Patriot system to Ukraine. A second system will be sent by Germany.',
    facts: [
      { type: 'commitment', donor: 'NL', item: 'patriot', quantity: q(1) },
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(1) },
    ],
    only: true,
  },
  {
    text: 'The government in Warsaw has pledged 100 tanks to Ukraine.',
    facts: [{ type: 'commitment', donor: 'PL', category: 'armour', quantity: q(100) }],
  },
  // What a speaker demands of another party ("that … must") is no pledge
  {
    text: 'Trump said that European allies must pay for the systems.',
    none: ['commitment'],
  },
  {
    text: 'Rutte said that Germany will send two more Patriot systems.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) }],
  },
  // A count of ten or more states is the contact group; it gives only with a thing or an amount
  {
    text: 'More than 50 countries have pledged ammunition to Ukraine.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'munitions', quantity: null }],
    only: true,
  },
  {
    text: 'A total of 20 countries have committed to new security assistance packages.',
    none: ['commitment'],
  },
  // Missiles named by their system alone, called "the systems" next, were the systems
  {
    text: 'The United States will send Patriot missiles to Ukraine. The systems will come from army stocks.',
    facts: [{ type: 'commitment', donor: 'US', item: 'patriot' }],
    only: true,
  },
  // A summit as the setting of a sentence about NATO is the NATO summit
  {
    text: 'At the summit in The Hague, NATO members committed to spending 5% of GDP on defence by 2035.',
    facts: [{ type: 'meeting', kind: 'nato_summit', place: 'The Hague' }],
  },
  // The group named as an actor, with no word of meeting, date or place, is not meeting
  {
    text: 'Contact group arms Kyiv for the offensive',
    none: ['meeting'],
  },
];

describe('extraction patterns, English', () => runCases('en', cases));
