import { describe } from 'vitest';
import { eur, q, runCases, usd, type Case } from './testing/cases.ts';

const cases: Case[] = [
  // Donors by name, capital and demonym
  {
    text: 'Deutschland sagte der Ukraine am Donnerstag zwei weitere Patriot-Systeme zu.',
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
    text: 'Berlin wird der Ukraine drei IRIS-T SLM liefern.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(3), status: 'planned' }],
  },
  {
    text: 'Der deutsche Verteidigungsminister kündigte die Lieferung von 15 Leopard 1 an die Ukraine an.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'leopard-1', quantity: q(15) }],
  },
  {
    text: 'Frankreich liefert der Ukraine zwölf weitere Caesar-Haubitzen.',
    facts: [{ type: 'commitment', donor: 'FR', item: 'caesar', quantity: q(12) }],
  },
  {
    text: 'Washington stellt der Ukraine 31 Abrams-Panzer zur Verfügung.',
    facts: [{ type: 'commitment', donor: 'US', recipient: 'UA', item: 'abrams', quantity: q(31) }],
  },
  {
    text: 'Großbritannien hat der Ukraine Storm-Shadow-Marschflugkörper geliefert.',
    facts: [{ type: 'commitment', donor: 'GB', item: 'storm-shadow', status: 'delivered' }],
  },
  {
    text: 'Die Niederlande schenken der Ukraine 18 Panzerhaubitzen 2000.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'pzh-2000', quantity: q(18), mode: 'donation' }],
  },
  {
    text: 'Dänemark will der Ukraine 19 F-16-Kampfjets überlassen.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'f-16', quantity: q(19) }],
  },
  {
    text: 'Kanada hat der Ukraine acht Leopard-2-Panzer zugesagt.',
    facts: [{ type: 'commitment', donor: 'CA', item: 'leopard-2', quantity: q(8) }],
  },
  {
    text: 'Polen lieferte im Februar vierzehn Leopard 2 an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'PL', item: 'leopard-2', quantity: q(14), status: 'delivered' }],
  },
  {
    text: 'Norwegen stellt der Ukraine ein NASAMS-System bereit.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(1) }],
  },
  {
    text: 'Die amerikanische Regierung schickt der Ukraine fünfundzwanzig Stryker.',
    facts: [{ type: 'commitment', donor: 'US', item: 'stryker', quantity: q(25) }],
  },
  {
    text: 'Schweden hat Kiew Munition und Drohnen versprochen.',
    facts: [{ type: 'commitment', donor: 'SE', recipient: 'UA', category: 'munitions' }],
  },
  // Approximations
  {
    text: 'Deutschland wird der Ukraine rund 50 Gepard-Flugabwehrpanzer liefern.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard', quantity: q(50, 'about') }],
  },
  {
    text: 'Die USA haben der Ukraine mehr als 100 Haubitzen M777 geliefert.',
    facts: [{ type: 'commitment', donor: 'US', item: 'm777', quantity: q(100, 'at_least') }],
  },
  {
    text: 'Berlin sagte Kiew Dutzende Drohnen zu.',
    facts: [{ type: 'commitment', donor: 'DE', category: 'drones', quantity: q(null, 'vague') }],
  },
  {
    text: 'Die Vereinigten Staaten liefern bis zu 60 Stryker an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'US', item: 'stryker', quantity: q(60, 'at_most') }],
  },
  {
    text: 'Deutschland sagte der Ukraine knapp 40 Marder-Schützenpanzer zu.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'marder', quantity: q(40, 'about') }],
  },
  // Money
  {
    text: 'Deutschland sagte rund 500 Millionen Euro für die Luftverteidigung der Ukraine zu.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(5e8, 'about'), category: 'air_defence' }],
  },
  {
    text: 'Die Bundesregierung stellt der Ukraine 1,2 Milliarden Euro zusätzlich zur Verfügung.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(1.2e9) }],
  },
  {
    text: 'Norwegen zahlt rund sieben Milliarden Kronen für Flugabwehrsysteme für die Ukraine.',
    facts: [{ type: 'commitment', donor: 'NO', money: { amount: 7e9, currency: 'NOK', qualifier: 'about' } }],
  },
  {
    text: 'Die Niederlande finanzieren ein PURL-Paket im Wert von 500 Mio. Dollar für die Ukraine.',
    facts: [{ type: 'commitment', donor: 'NL', mode: 'pooled', money: usd(5e8) }],
  },
  {
    text: 'Großbritannien sagte der Ukraine 2,3 Mrd. Pfund (2,7 Mrd. Euro) zu.',
    facts: [
      {
        type: 'commitment',
        donor: 'GB',
        money: { amount: 2.3e9, currency: 'GBP', qualifier: 'exact' },
        money_alt: [eur(2.7e9)],
      },
    ],
  },
  {
    text: 'Schweden stellt der Ukraine Militärhilfe im Wert von 1,5 Milliarden schwedischen Kronen bereit.',
    facts: [
      { type: 'commitment', donor: 'SE', money: { amount: 1.5e9, currency: 'SEK', qualifier: 'exact' } },
    ],
  },
  {
    text: 'Die europäischen Verbündeten kaufen für Milliarden Dollar amerikanische Waffen für die Ukraine.',
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
    text: 'Deutschland bezahlt zwei Patriot-Systeme aus amerikanischer Produktion für die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2), mode: 'funded_purchase' }],
  },
  {
    text: 'Die USA verkaufen Patriot-Raketen an Deutschland, das sie an die Ukraine weitergibt.',
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
    text: 'Berlin bestellte bei Rheinmetall Gepard-Munition für die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard-ammunition-35mm', mode: 'industry' }],
  },
  {
    text: 'Die Bundeswehr gibt der Ukraine Granaten aus eigenen Beständen; Deutschland liefert sie noch im Sommer.',
    facts: [{ type: 'commitment', donor: 'DE', mode: 'donation' }],
  },
  // Pronouns, conditional, reported
  {
    text: 'Deutschland bezahlt zwei Patriot-Systeme, während Norwegen eines davon liefert.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) },
      { type: 'commitment', donor: 'NO', item: 'patriot', quantity: q(1) },
    ],
  },
  {
    text: 'Laut Spiegel würde Berlin der Ukraine vier weitere IRIS-T liefern.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(4), status: 'reported' }],
  },
  {
    text: 'Selenskyj sagte, dass Frankreich der Ukraine SAMP/T-Systeme liefern werde.',
    facts: [{ type: 'commitment', donor: 'FR', item: 'samp-t', status: 'reported' }],
  },
  {
    text: 'Falls das Parlament zustimmt, wird Belgien der Ukraine 2026 F-16 liefern.',
    facts: [{ type: 'commitment', donor: 'BE', item: 'f-16', status: 'conditional' }],
  },
  {
    text: 'Der Bundestag hat die Lieferung von Leopard-2-Panzern an die Ukraine genehmigt.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'leopard-2', status: 'approved' }],
  },
  // Not commitments
  { text: 'Kiew forderte Deutschland auf, Taurus-Marschflugkörper zu liefern.', none: ['commitment'] },
  { text: 'Deutschland liefert vorerst keine Leopard-2-Panzer an die Ukraine.', none: ['commitment'] },
  {
    text: 'Das Patriot-System kann ballistische Raketen abfangen.',
    none: ['commitment', 'meeting', 'total'],
  },
  {
    text: 'Die Minister diskutierten über die Lieferung von Patriot-Systemen an die Ukraine.',
    none: ['commitment'],
  },
  // Totals
  {
    text: 'Insgesamt haben die Verbündeten der Ukraine 126 Milliarden Dollar (111 Milliarden Euro) bereitgestellt, davon mehr als 66,5 Milliarden von den USA.',
    facts: [
      { type: 'total', money: usd(126e9), money_alt: [eur(111e9)] },
      { type: 'total', donor: 'US', money: usd(66.5e9, 'at_least') },
    ],
  },
  {
    text: 'Deutschland hat seit 2022 insgesamt 28 Milliarden Euro für die Ukraine ausgegeben.',
    facts: [{ type: 'total', donor: 'DE', money: eur(28e9) }],
  },
  {
    text: '„Wir haben 175 Milliarden Dollar ausgegeben“, sagte der amerikanische Verteidigungsminister.',
    facts: [{ type: 'total', money: usd(175e9) }],
  },
  // Meetings
  {
    text: 'Der deutsche Verteidigungsminister traf am Montag seinen amerikanischen Amtskollegen in Washington.',
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
    text: 'Die Ukraine-Kontaktgruppe trifft sich am kommenden Donnerstag in Ramstein.',
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
    text: 'Der Nato-Gipfel fand im vergangenen Monat in Den Haag statt.',
    facts: [
      {
        type: 'meeting',
        kind: 'nato_summit',
        place: 'Den Haag',
        country: 'NL',
        date: { value: '2025-06', granularity: 'month' },
      },
    ],
  },
  {
    text: 'Die Wiederaufbaukonferenz für die Ukraine fand am 10. Juli 2025 in Rom statt.',
    facts: [
      {
        type: 'meeting',
        kind: 'conference',
        place: 'Rom',
        country: 'IT',
        date: { value: '2025-07-10', granularity: 'day' },
      },
    ],
  },
  {
    text: 'Bundeskanzler Merz empfing Selenskyj am Mittwoch im Kanzleramt.',
    facts: [
      {
        type: 'meeting',
        participants: ['DE', 'UA'],
        country: 'DE',
        date: { value: '2025-07-09', granularity: 'day' },
      },
    ],
  },
  // Targets and deadlines
  {
    text: 'Die Nato-Staaten wollen ihre Verteidigungsausgaben bis 2035 von 2 auf 5 Prozent des BIP erhöhen.',
    facts: [{ type: 'target', value: 5, previous: 2, date: { value: '2035', granularity: 'year' } }],
  },
  {
    text: 'Das Ziel von 5 Prozent des Bruttoinlandsprodukts umfasst 3,5 Prozent für Verteidigung und 1,5 Prozent für Infrastruktur.',
    facts: [{ type: 'target', value: 5, components: [3.5, 1.5] }],
  },
  {
    text: 'Trump droht Russland mit Strafzöllen, falls es binnen 50 Tagen keine Einigung gibt.',
    facts: [{ type: 'deadline', date: { value: '2025-09-03', granularity: 'day' } }],
  },
  {
    text: 'Die Frist läuft in zwei Wochen ab.',
    facts: [{ type: 'deadline', date: { value: '2025-07-29', granularity: 'day' } }],
  },
  // Without a publication date
  {
    text: 'Deutschland sagte der Ukraine am Donnerstag zwei Patriot-Systeme zu.',
    published: null,
    facts: [{ type: 'commitment', donor: 'DE', date: null }],
  },
  // „versprach“ als Zusage; das Bundesverteidigungsministerium handelt für Deutschland
  {
    text: 'Schweden versprach der Ukraine zehn Archer-Haubitzen.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(10) }],
  },
  {
    text: 'Die Unterstützerstaaten versprachen der Ukraine mehr Flugabwehr.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'air_defence' }],
  },
  {
    text: 'Das Bundesverteidigungsministerium hat weitere 16 Lastwagen an die Ukraine übergeben.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'trucks', quantity: q(16), status: 'delivered' }],
  },
];

describe('German sentences', () => runCases('de', cases));
