import { describe } from 'vitest';
import { eur, gbp, q, runCases, usd, type Case } from './testing/cases.ts';

const cases: Case[] = [
  // Donors by name, capital and demonym
  {
    text: 'Germany pledged two more Patriot systems to Ukraine on Thursday.',
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
    text: 'Washington will send 31 Abrams tanks to Kyiv.',
    facts: [
      {
        type: 'commitment',
        donor: 'US',
        recipient: 'UA',
        item: 'abrams',
        quantity: q(31),
        status: 'planned',
      },
    ],
  },
  {
    text: 'The British defence secretary announced that the UK would supply Storm Shadow missiles to Ukraine.',
    facts: [{ type: 'commitment', donor: 'GB', item: 'storm-shadow' }],
  },
  {
    text: 'The United States has delivered 38 HIMARS launchers to Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', item: 'himars', quantity: q(38), status: 'delivered' }],
  },
  {
    text: 'Berlin promised four IRIS-T SLM systems to Ukraine last month.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(4) }],
  },
  {
    text: 'France has pledged a second SAMP/T battery to Ukraine.',
    facts: [{ type: 'commitment', donor: 'FR', item: 'samp-t' }],
  },
  {
    text: 'The Netherlands donated 18 PzH 2000 howitzers to Ukraine.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'pzh-2000', quantity: q(18), mode: 'donation' }],
  },
  {
    text: 'Denmark will give 19 F-16 fighter jets to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'f-16', quantity: q(19) }],
  },
  {
    text: 'Canadian officials said Ottawa would provide eight Leopard 2 tanks to Ukraine.',
    facts: [{ type: 'commitment', donor: 'CA', item: 'leopard-2', quantity: q(8) }],
  },
  {
    text: 'Poland sent fourteen Leopard 2 tanks to Ukraine in February.',
    facts: [{ type: 'commitment', donor: 'PL', item: 'leopard-2', quantity: q(14) }],
  },
  {
    text: 'Norway has supplied NASAMS air defence systems to Ukraine.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams' }],
  },
  {
    text: 'Italy will deliver a SAMP/T system to Ukraine together with France.',
    facts: [{ type: 'commitment', donor: 'IT', item: 'samp-t', quantity: q(1) }],
  },
  {
    text: 'Sweden pledged Archer howitzers and armoured vehicles to Kyiv.',
    facts: [{ type: 'commitment', donor: 'SE', recipient: 'UA', category: 'armour' }],
  },
  // Approximations and numbers as words
  {
    text: 'Germany will supply about 50 Gepard anti-aircraft tanks to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard', quantity: q(50, 'about') }],
  },
  {
    text: 'The US has sent more than 100 M777 howitzers to Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', item: 'm777', quantity: q(100, 'at_least') }],
  },
  {
    text: 'Britain will send a dozen Challenger tanks and dozens of drones to Ukraine.',
    facts: [{ type: 'commitment', donor: 'GB', category: 'drones', quantity: q(null, 'vague') }],
  },
  {
    text: 'Washington pledged twenty-five Bradley fighting vehicles to Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', item: 'bradley', quantity: q(25) }],
  },
  {
    text: 'The Pentagon will send up to 60 Stryker vehicles to Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', item: 'stryker', quantity: q(60, 'at_most') }],
  },
  // Money
  {
    text: 'Norway will pay about NOK 7 billion for air defence systems for Ukraine.',
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
    text: 'Germany committed €2.5bn in military aid to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(2.5e9) }],
  },
  {
    text: 'The Netherlands will fund a USD 500 m PURL package for Ukraine.',
    facts: [{ type: 'commitment', donor: 'NL', mode: 'pooled', money: usd(5e8) }],
  },
  {
    text: 'The UK pledged £2.3 billion ($2.9 billion) in military aid to Ukraine.',
    facts: [{ type: 'commitment', donor: 'GB', money: gbp(2.3e9), money_alt: [usd(2.9e9)] }],
  },
  {
    text: 'Sweden announced a package worth 1.5 billion Swedish kronor for Ukraine.',
    facts: [
      { type: 'commitment', donor: 'SE', money: { amount: 1.5e9, currency: 'SEK', qualifier: 'exact' } },
    ],
  },
  {
    text: 'Denmark will pay roughly 8 billion crowns for ammunition for Ukraine.',
    facts: [{ type: 'commitment', donor: 'DK', money: { amount: 8e9, currency: 'DKK', qualifier: 'about' } }],
  },
  {
    text: 'Washington approved a $1.2 billion package of air defence equipment for Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', money: usd(1.2e9), status: 'approved' }],
  },
  {
    text: 'European allies will buy billions of dollars of American weapons for Ukraine.',
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
    text: 'Germany will pay for two Patriot systems that the United States will deliver to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2), mode: 'funded_purchase' }],
  },
  {
    text: 'The US agreed to sell Patriot missiles to Germany, which will transfer them to Ukraine.',
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
    text: 'Berlin ordered Gepard ammunition from Rheinmetall for Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard-ammunition-35mm', mode: 'industry' }],
  },
  {
    text: 'The Pentagon will send HIMARS rockets to Ukraine from its own stocks.',
    facts: [{ type: 'commitment', donor: 'US', mode: 'donation' }],
  },
  // Pronouns, conditional, reported
  {
    text: 'Germany will pay for two Patriot systems, while Norway agreed to provide one.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) },
      { type: 'commitment', donor: 'NO', item: 'patriot', quantity: q(1) },
    ],
  },
  {
    text: 'According to Reuters, Berlin would deliver four more IRIS-T systems to Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(4), status: 'reported' }],
  },
  {
    text: 'Zelensky said that France would supply SAMP/T systems to Ukraine.',
    facts: [{ type: 'commitment', donor: 'FR', item: 'samp-t', status: 'reported' }],
  },
  {
    text: 'If parliament agrees, Belgium will deliver F-16 jets to Ukraine in 2026.',
    facts: [
      {
        type: 'commitment',
        donor: 'BE',
        item: 'f-16',
        status: 'conditional',
        date: { value: '2026', granularity: 'year' },
      },
    ],
  },
  // Not commitments
  { text: 'Kyiv urged Germany to send Taurus missiles.', none: ['commitment'] },
  { text: 'Germany will not send Leopard 2 tanks to Ukraine for now.', none: ['commitment'] },
  { text: 'The Patriot system can intercept ballistic missiles.', none: ['commitment', 'meeting', 'total'] },
  { text: 'Ministers discussed the delivery of Patriot systems to Ukraine.', none: ['commitment'] },
  // Totals
  {
    text: 'In total, allies have provided $126 billion (€111 billion) in aid to Ukraine, of which more than $66.5 billion came from the US.',
    facts: [
      { type: 'total', money: usd(126e9), money_alt: [eur(111e9)] },
      { type: 'total', money: usd(66.5e9, 'at_least') },
    ],
  },
  {
    text: 'Germany has spent €28 billion on military aid for Ukraine since 2022.',
    facts: [{ type: 'total', donor: 'DE', money: eur(28e9) }],
  },
  {
    text: '"We have spent $175 billion," the American defense secretary said.',
    facts: [{ type: 'total', money: usd(175e9) }],
  },
  // Meetings
  {
    text: 'The German defence minister met his American counterpart in Washington on Monday.',
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
    text: 'The Ukraine Defense Contact Group will meet at Ramstein next Thursday.',
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
    text: 'The NATO summit was held in The Hague last month.',
    facts: [
      {
        type: 'meeting',
        kind: 'nato_summit',
        place: 'The Hague',
        country: 'NL',
        date: { value: '2025-06', granularity: 'month' },
      },
    ],
  },
  {
    text: 'A conference on the recovery of Ukraine took place in Rome on July 10, 2025.',
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
    text: 'Trump hosted Rutte at the White House yesterday.',
    facts: [
      {
        type: 'meeting',
        participants: ['US', 'NATO'],
        country: 'US',
        date: { value: '2025-07-14', granularity: 'day' },
      },
    ],
  },
  // Targets and deadlines
  {
    text: 'NATO allies agreed to raise defence spending from 2% to 5% of GDP by 2035.',
    facts: [{ type: 'target', value: 5, previous: 2, date: { value: '2035', granularity: 'year' } }],
  },
  {
    text: 'The 5% of GDP goal is split into 3.5% for core defence and 1.5% for related spending.',
    facts: [{ type: 'target', value: 5, components: [3.5, 1.5] }],
  },
  {
    text: 'Trump threatened Russia with tariffs if there is no deal within 50 days.',
    facts: [{ type: 'deadline', date: { value: '2025-09-03', granularity: 'day' } }],
  },
  {
    text: 'The ultimatum expires in two weeks.',
    facts: [{ type: 'deadline', date: { value: '2025-07-29', granularity: 'day' } }],
  },
  // Without a publication date
  {
    text: 'Germany pledged two Patriot systems to Ukraine on Thursday.',
    published: null,
    facts: [{ type: 'commitment', donor: 'DE', date: null }],
  },
];

describe('English sentences', () => runCases('en', cases));
